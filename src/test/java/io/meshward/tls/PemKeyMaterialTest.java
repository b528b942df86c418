package io.meshward.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meshward.core.MeshwardException;
import io.vertx.core.Vertx;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PEM keys in every encoding cert-manager writes are served with their certificate. */
class PemKeyMaterialTest {

  private static Vertx vertx;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void readsPkcs8AsWrittenForTheSelfSignedCertificate() throws Exception {
    var paths = SelfSignedCertificate.ensure(dir, Duration.ofDays(1));
    PemKeyMaterial material = PemKeyMaterial.load(vertx, paths.certificate(), paths.key());
    assertThat(material.leaf().getSubjectX500Principal().getName()).contains("meshward");
    assertThat(material.leaf().getSubjectAlternativeNames())
        .extracting(san -> (Object) san.get(1))
        .containsExactlyInAnyOrder((Object) "localhost", "127.0.0.1");
    assertThat(material.leaf().getPublicKey().getAlgorithm()).isEqualTo("EC");
    assertThat(material.keyManager().getPrivateKey("serving")).isNull();
    String alias = material.keyManager().chooseServerAlias("EC", null, null);
    assertThat(material.keyManager().getPrivateKey(alias).getAlgorithm()).isEqualTo("EC");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EC", "RSA"})
  void readsTraditionalOpenSslKeys(String algorithm) throws Exception {
    // cert-manager's default encoding (as Go and openssl write it): SEC1 "EC PRIVATE KEY" with the
    // curve and public key, or PKCS#1 "RSA PRIVATE KEY".
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    generator.initialize(algorithm.equals("EC") ? 256 : 2048);
    KeyPair pair = generator.generateKeyPair();
    Path certificate = Files.writeString(dir.resolve("tls.crt"), pem("CERTIFICATE", sign(pair)));
    Path key =
        Files.writeString(
            dir.resolve("tls.key"), pem(algorithm + " PRIVATE KEY", traditional(pair)));
    PemKeyMaterial material = PemKeyMaterial.load(vertx, certificate, key);
    String alias = material.keyManager().chooseServerAlias(algorithm, null, null);
    assertThat(material.keyManager().getPrivateKey(alias).getEncoded())
        .isEqualTo(pair.getPrivate().getEncoded());
    assertThat(material.leaf().getPublicKey()).isEqualTo(pair.getPublic());
  }

  private static byte[] traditional(KeyPair pair) throws Exception {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
    if (pair.getPrivate() instanceof ECPrivateKey ec) {
      SubjectPublicKeyInfo pub = SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
      return new org.bouncycastle.asn1.sec.ECPrivateKey(
              256, ec.getS(), pub.getPublicKeyData(), info.getPrivateKeyAlgorithm().getParameters())
          .getEncoded();
    }
    return info.parsePrivateKey().toASN1Primitive().getEncoded();
  }

  private static byte[] sign(KeyPair pair) throws Exception {
    X500Name subject = new X500Name("CN=traditional");
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            subject,
            BigInteger.ONE,
            Date.from(now.minusSeconds(60)),
            Date.from(now.plusSeconds(3600)),
            subject,
            pair.getPublic());
    String algorithm =
        pair.getPrivate() instanceof ECPrivateKey ? "SHA256withECDSA" : "SHA256withRSA";
    return builder
        .build(new JcaContentSignerBuilder(algorithm).build(pair.getPrivate()))
        .getEncoded();
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  @Test
  void aFileWithoutAKeyIsRefusedWithItsPaths() throws Exception {
    var self = SelfSignedCertificate.ensure(dir, Duration.ofDays(1));
    Path empty = Files.writeString(dir.resolve("empty.key"), "not a key\n");
    assertThatThrownBy(() -> PemKeyMaterial.load(vertx, self.certificate(), empty))
        .isInstanceOf(MeshwardException.class)
        .hasMessageContaining("empty.key")
        .hasMessageContaining("cannot load TLS key material");
  }
}
