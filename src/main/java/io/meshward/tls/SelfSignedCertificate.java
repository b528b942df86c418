package io.meshward.tls;

import io.meshward.core.MeshwardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;

/**
 * {@code SelfSignedCertificate} writes a self-signed serving certificate ({@code tls.crt}, {@code
 * tls.key}, PEM; EC P-256) for {@code localhost} and {@code 127.0.0.1}, so that {@code meshward
 * serve} works on a laptop without a certificate being configured. Clusters use cert-manager
 * instead.
 */
public final class SelfSignedCertificate {

  private SelfSignedCertificate() {}

  /**
   * Writes {@code tls.crt} and {@code tls.key} into {@code dir}, unless both exist already.
   *
   * @param dir the directory (created when missing)
   * @param validity how long the certificate is valid
   * @return the certificate and key paths
   */
  public static Paths ensure(Path dir, Duration validity) {
    Path cert = dir.resolve("tls.crt");
    Path key = dir.resolve("tls.key");
    if (Files.isRegularFile(cert) && Files.isRegularFile(key)) {
      return new Paths(cert, key, false);
    }
    try {
      Files.createDirectories(dir);
      SelfSigner.Signed signed = SelfSigner.create(validity);
      writeAtomically(cert, pem("CERTIFICATE", signed.certificate().getEncoded()));
      // PKCS#8, which every TLS stack (Vert.x included) reads.
      writeAtomically(key, pem("PRIVATE KEY", signed.key().getEncoded()));
      return new Paths(cert, key, true);
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new MeshwardException(dir.toString(), "cannot create a self-signed certificate", e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void writeAtomically(Path target, String content) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    Files.writeString(tmp, content);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Where the certificate and key are.
   *
   * @param certificate the PEM certificate
   * @param key the PEM private key
   * @param created whether they were created now
   */
  public record Paths(Path certificate, Path key, boolean created) {}
}
