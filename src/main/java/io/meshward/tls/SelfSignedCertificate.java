package io.meshward.tls;

import io.meshward.core.MeshwardException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * {@code SelfSignedCertificate} writes a self-signed serving certificate ({@code tls.crt}, {@code
 * tls.key}, PEM) for {@code localhost} and {@code 127.0.0.1}, so that {@code meshward serve} works
 * on a laptop without a certificate being configured. Clusters use cert-manager instead.
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
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      X509Certificate certificate = sign(pair, validity);
      writeAtomically(cert, pem("CERTIFICATE", certificate.getEncoded()));
      // PKCS#8, which every TLS stack (Vert.x included) reads.
      writeAtomically(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      return new Paths(cert, key, true);
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new MeshwardException(dir.toString(), "cannot create a self-signed certificate", e);
    } catch (org.bouncycastle.operator.OperatorCreationException e) {
      throw new MeshwardException(dir.toString(), "cannot sign a self-signed certificate", e);
    }
  }

  private static X509Certificate sign(KeyPair pair, Duration validity)
      throws java.security.GeneralSecurityException,
          org.bouncycastle.operator.OperatorCreationException,
          IOException {
    X500Name subject = new X500Name("CN=meshward (self-signed)");
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofMinutes(5))),
            Date.from(now.plus(validity)),
            subject,
            pair.getPublic());
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1")
            }));
    var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
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
