package io.meshward.tls;

import io.meshward.core.MeshwardException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * {@code PemKeyMaterial} loads a certificate chain and its private key from PEM files (PKCS#8,
 * PKCS#1 or SEC1 keys, as cert-manager writes them) into a key manager.
 *
 * @param keyManager the key manager serving this chain and key
 * @param leaf the leaf certificate
 */
public record PemKeyMaterial(X509ExtendedKeyManager keyManager, X509Certificate leaf) {

  /** Loads {@code certificate} (a chain, leaf first) and {@code key}. */
  public static PemKeyMaterial load(Path certificate, Path key) {
    try {
      Collection<? extends Certificate> chain;
      try (var in = Files.newInputStream(certificate)) {
        chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
      }
      if (chain.isEmpty()) {
        throw new MeshwardException(certificate.toString(), "no certificate in file");
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      char[] password = new char[0];
      store.setKeyEntry("serving", privateKey(key), password, chain.toArray(new Certificate[0]));
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, password);
      for (KeyManager manager : factory.getKeyManagers()) {
        if (manager instanceof X509ExtendedKeyManager x509) {
          return new PemKeyMaterial(x509, (X509Certificate) chain.iterator().next());
        }
      }
      throw new MeshwardException(certificate.toString(), "no X.509 key manager available");
    } catch (IOException | GeneralSecurityException e) {
      throw new MeshwardException(certificate + ", " + key, "cannot load TLS key material", e);
    }
  }

  private static PrivateKey privateKey(Path key) throws IOException {
    try (Reader reader = Files.newBufferedReader(key);
        PEMParser parser = new PEMParser(reader)) {
      Object pem = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (pem instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      if (pem instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new MeshwardException(key.toString(), "no PEM private key in file");
    }
  }
}
