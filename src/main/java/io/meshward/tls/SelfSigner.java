package io.meshward.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code SelfSigner} creates a self-signed EC P-256 certificate for {@code localhost} and {@code
 * 127.0.0.1} with the JDK's own {@code keytool}, so that no certificate library has to be on the
 * server's class path (Netty loads one eagerly when present, which slows every start).
 */
final class SelfSigner {

  private static final String ALIAS = "meshward";
  private static final char[] PASSWORD = "meshward".toCharArray();

  private SelfSigner() {}

  /**
   * A new key pair and its certificate.
   *
   * @param certificate the self-signed certificate
   * @param key its private key
   */
  record Signed(X509Certificate certificate, PrivateKey key) {}

  /** Creates a key pair and a certificate valid for {@code validity}. */
  static Signed create(Duration validity) throws IOException, GeneralSecurityException {
    Path dir = Files.createTempDirectory("meshward-keytool");
    Path store = dir.resolve("self-signed.p12");
    try {
      run(
          List.of(
              keytool(),
              "-genkeypair",
              "-alias",
              ALIAS,
              "-keyalg",
              "EC",
              "-groupname",
              "secp256r1",
              "-sigalg",
              "SHA256withECDSA",
              "-dname",
              "CN=meshward (self-signed)",
              "-ext",
              "SAN=dns:localhost,ip:127.0.0.1",
              "-validity",
              Long.toString(Math.max(1, validity.toDays())),
              "-storetype",
              "PKCS12",
              "-keystore",
              store.toString(),
              "-storepass",
              new String(PASSWORD)));
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keyStore.load(in, PASSWORD);
      }
      return new Signed(
          (X509Certificate) keyStore.getCertificate(ALIAS),
          (PrivateKey) keyStore.getKey(ALIAS, PASSWORD));
    } finally {
      Files.deleteIfExists(store);
      Files.deleteIfExists(dir);
    }
  }

  private static String keytool() {
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    Path exe = bin.resolve("keytool.exe");
    return (Files.isRegularFile(exe) ? exe : bin.resolve("keytool")).toString();
  }

  private static void run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("keytool failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running keytool", e);
    } finally {
      process.destroy();
    }
  }
}
