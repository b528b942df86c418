package io.meshward.robustness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

  /**
   * Posts {@code body} with {@code Expect: 100-continue}, as curl does for large bodies: the client
   * sends the body only after the server's {@code 100 Continue}, so a refusal made on the headers
   * alone is always read, never lost to a connection reset while the body is still being written.
   */
  HttpResponse<byte[]> postExpectingContinue(String path, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .expectContinue(true)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Sends only the request line and headers of a POST declaring {@code contentLength} bytes,
   * without {@code Expect}, and returns the status line the server answers with before any body
   * byte.
   */
  String statusLineForDeclaredLength(String path, long contentLength) throws IOException {
    URI uri = URI.create(base + path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST "
              + uri.getPath()
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + contentLength
              + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }
}
