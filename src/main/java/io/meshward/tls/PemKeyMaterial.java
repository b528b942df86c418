package io.meshward.tls;

import io.meshward.core.MeshwardException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * {@code PemKeyMaterial} loads a certificate chain and its private key from PEM files (PKCS#8,
 * PKCS#1 or SEC1 keys, as cert-manager writes them) into a key manager. The PEM decoding is
 * Vert.x's, the same the HTTPS server uses for its configured key store.
 *
 * @param keyManager the key manager serving this chain and key
 * @param leaf the leaf certificate
 */
public record PemKeyMaterial(X509ExtendedKeyManager keyManager, X509Certificate leaf) {

  /** Loads {@code certificate} (a chain, leaf first) and {@code key}. */
  public static PemKeyMaterial load(Vertx vertx, Path certificate, Path key) {
    try {
      byte[] certificateBytes = Files.readAllBytes(certificate);
      Collection<? extends Certificate> chain;
      try (var in = new ByteArrayInputStream(certificateBytes)) {
        chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
      }
      if (chain.isEmpty()) {
        throw new MeshwardException(certificate.toString(), "no certificate in file");
      }
      PemKeyCertOptions pem =
          new PemKeyCertOptions()
              .setCertValue(Buffer.buffer(certificateBytes))
              .setKeyValue(Buffer.buffer(Files.readAllBytes(key)));
      for (KeyManager manager : pem.getKeyManagerFactory(vertx).getKeyManagers()) {
        if (manager instanceof X509ExtendedKeyManager x509) {
          return new PemKeyMaterial(x509, (X509Certificate) chain.iterator().next());
        }
      }
      throw new MeshwardException(certificate.toString(), "no X.509 key manager available");
    } catch (MeshwardException e) {
      throw e;
    } catch (Exception e) {
      throw new MeshwardException(
          certificate + ", " + key, "cannot load TLS key material: " + e.getMessage(), e);
    }
  }
}
