package io.meshward.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Requests loop over HTTPS while the certificate files are replaced the way the kubelet swaps a
 * Secret volume: none fails, and the new certificate is served within the reload period.
 */
@QuarkusTest
@QuarkusTestResource(value = RotatingCertificate.class, restrictToAnnotatedClass = true)
@TestProfile(CertificateRotationTest.Rotation.class)
class CertificateRotationTest {

  /** Its own profile, so that the rotating certificate does not leak into other tests. */
  public static class Rotation implements QuarkusTestProfile {}

  @TestHTTPResource(value = "/q/health/live", tls = true)
  URL url;

  /** Trusts any certificate but records which one the server presented. */
  static final class Recording implements X509TrustManager {
    volatile X509Certificate last;

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      last = chain[0];
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  @Test
  void servesTheRotatedCertificateWithoutFailingRequests() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString())).build();
    X509Certificate before = handshake(request);

    RotatingCertificate.publish(2);

    List<Integer> statuses = new ArrayList<>();
    X509Certificate after = before;
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (after.getSerialNumber().equals(before.getSerialNumber())
        && System.nanoTime() < deadline) {
      after = handshake(request);
      statuses.add(200);
      Thread.sleep(100);
    }
    assertThat(after.getSerialNumber())
        .as("new certificate served")
        .isNotEqualTo(before.getSerialNumber());
    assertThat(statuses).isNotEmpty();
  }

  /**
   * One request on a new connection with a full handshake (a fresh TLS context, so no session is
   * resumed); fails the test on any error or non-200.
   */
  private static X509Certificate handshake(HttpRequest request) throws Exception {
    Recording trust = new Recording();
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trust}, new SecureRandom());
    HttpClient client =
        HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return trust.last;
  }
}
