package io.meshward.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code meshward serve} starts, becomes ready (the engine's warm-up runs beside the
 * boot), answers an AdmissionReview over HTTPS and stops on SIGTERM; several starts in a row, since
 * a start-up race would show only in some of them.
 */
class ServeIT {

  private static final Pattern LISTENING = Pattern.compile("Listening on: https://[^:]+:(\\d+)");
  private static final Duration READY_WITHIN = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void startsGetsReadyAnswersAndStopsThreeTimesInARow() throws Exception {
    byte[] review =
        Json.MAPPER.writeValueAsBytes(
            Json.YAML.readTree(
                Files.readString(
                    Path.of(
                        "src/test/resources/admission/validate/"
                            + "01-meshproxypatch-circuit-breakers-allowed.request.yaml"))));
    HttpClient client = HttpClient.newBuilder().sslContext(trustAll()).build();
    for (int start = 1; start <= 3; start++) {
      Process server =
          new ProcessBuilder(
                  List.of(
                      Meshward.java().toString(),
                      "-Dquarkus.http.ssl-port=0",
                      "-Dmeshward.xds.port=0",
                      "-Dmeshward.tls.dir=" + dir.resolve("tls"),
                      "-jar",
                      Meshward.jar().toString(),
                      "serve"))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .start();
      try {
        CompletableFuture<Integer> port = portOf(server);
        int https = port.get(READY_WITHIN.toSeconds(), TimeUnit.SECONDS);
        URI base = URI.create("https://127.0.0.1:" + https);
        awaitReady(client, base.resolve("/q/health/ready"), start);
        HttpResponse<byte[]> answer =
            client.send(
                HttpRequest.newBuilder(base.resolve("/validate"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(review))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode response = Json.MAPPER.readTree(answer.body()).path("response");
        assertThat(response.path("allowed").asBoolean())
            .as("start %d: %s", start, response)
            .isTrue();
      } finally {
        server.destroy();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
      }
    }
  }

  private static void awaitReady(HttpClient client, URI ready, int start) throws Exception {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> health =
          client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
      last = health.body();
      if (health.statusCode() == 200) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("start " + start + " not ready within " + READY_WITHIN + ": " + last);
  }

  /** The HTTPS port from the server's "Listening on" line; keeps draining its output after. */
  private static CompletableFuture<Integer> portOf(Process server) {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                  seen.append(line).append('\n');
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
                port.completeExceptionally(new AssertionError("server exited:\n" + seen));
              } catch (java.io.IOException e) {
                port.completeExceptionally(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    return port;
  }

  /** The test trusts the server's self-signed certificate, as the bench scripts do. */
  private static SSLContext trustAll() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return context;
  }
}
