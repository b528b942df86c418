package io.meshward.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook over real TLS, with the TLS versions the API server may offer. */
@QuarkusTest
class HttpsTest {

  @TestHTTPResource(value = "/validate", tls = true)
  URL url;

  private static SSLContext trusting(Path certificate) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(certificate)) {
      trust.setCertificateEntry(
          "meshward", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
  void answersOverTls(String protocol) throws Exception {
    SSLParameters params = new SSLParameters();
    params.setProtocols(new String[] {protocol});
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(trusting(Path.of("src/test/resources/tls/tls.crt")))
            .sslParameters(params)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    var mesh =
        Json.MAPPER.readTree(
            "{\"apiVersion\":\"kuma.io/v1alpha1\",\"kind\":\"Mesh\",\"metadata\":{\"name\":\"m\"},"
                + "\"spec\":{}}");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url.toString()))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    AdmissionReviews.review("CREATE", mesh, null).toString()))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(response.body()).path("response").path("allowed").asBoolean())
        .isTrue();
  }
}
