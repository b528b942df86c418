package io.meshward.robustness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code Loopback} posts bodies to the webhook under test over plain HTTP on loopback. */
final class Loopback {

  private final String base;
  private final HttpClient client;

  /**
   * @param base the server root, e.g. {@code http://localhost:8081/}
   */
  Loopback(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Posts {@code body} to {@code path} (no leading slash). */
  HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
