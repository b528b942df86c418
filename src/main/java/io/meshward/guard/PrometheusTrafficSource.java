package io.meshward.guard;

import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code PrometheusTrafficSource} asks the Prometheus HTTP API ({@code GET /api/v1/query}) with the
 * query built by {@link PrometheusQueries}. Timeouts, refused connections, HTTP errors and
 * unparsable answers are all "cannot verify".
 */
final class PrometheusTrafficSource implements TrafficSource {

  private final URI base;
  private final PrometheusSettings settings;
  private final HttpClient client;

  PrometheusTrafficSource(URI base, PrometheusSettings settings) {
    this.base = base;
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.budget())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public CompletableFuture<TrafficAnswer> ask(TrafficQuestion question) {
    String query = PrometheusQueries.build(question, settings);
    URI uri;
    try {
      uri = queryUri(query);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(
          TrafficAnswer.unavailable("the Prometheus URL " + base + " is not usable"));
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.budget())
            .header("Accept", "application/json")
            .GET()
            .build();
    String measure = measure(question.signal());
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(response -> answer(response, measure))
        .exceptionally(this::failure);
  }

  private URI queryUri(String query) {
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(
        root + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private TrafficAnswer answer(HttpResponse<String> response, String measure) {
    TrafficAnswer answer =
        PrometheusResponse.read(response.body(), settings.dataplaneLabel(), measure);
    if (response.statusCode() != 200 && answer.status() == TrafficAnswer.Status.MEASURED) {
      return TrafficAnswer.unavailable("Prometheus answered HTTP " + response.statusCode());
    }
    if (response.statusCode() != 200) {
      return TrafficAnswer.unavailable(
          "Prometheus answered HTTP " + response.statusCode() + ": " + answer.reason());
    }
    return answer;
  }

  private TrafficAnswer failure(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof HttpTimeoutException) {
      return TrafficAnswer.unavailable(
          describe() + " did not answer within " + PrometheusQueries.duration(settings.budget()));
    }
    if (cause instanceof ConnectException) {
      return TrafficAnswer.unavailable(describe() + " refused the connection");
    }
    return TrafficAnswer.unavailable(
        describe()
            + " could not be asked ("
            + cause.getClass().getSimpleName()
            + ": "
            + cause.getMessage()
            + ")");
  }

  private String measure(TrafficSignal signal) {
    String noun =
        switch (signal) {
          case PASSTHROUGH -> "new passthrough connections/s";
          case PLAINTEXT_INBOUND -> "plaintext inbound connections/s";
          case INBOUND -> "new inbound connections/s";
          case INBOUND_PASSTHROUGH -> "new inbound passthrough connections/s";
        };
    return noun + " over " + PrometheusQueries.duration(settings.window());
  }

  @Override
  public String describe() {
    return "Prometheus at " + base;
  }
}
