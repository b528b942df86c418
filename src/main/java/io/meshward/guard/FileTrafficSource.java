package io.meshward.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * {@code FileTrafficSource} reads a stats snapshot in Prometheus text exposition (for example the
 * {@code /stats/prometheus} output of one or more Envoy proxies, concatenated). Traffic is live
 * when an active-connection gauge of the asked clusters is above zero; plaintext inbound traffic is
 * Envoy's {@code tls_inspector.tls_not_found} counter (since the proxy started). Samples without a
 * mesh label or a selector label count for every mesh and selector; the file is read on each
 * question so a refreshed snapshot is seen.
 */
final class FileTrafficSource implements TrafficSource {

  private static final String ACTIVE = "envoy_cluster_upstream_cx_active";
  private static final Pattern PASSTHROUGH =
      Pattern.compile(PrometheusQueries.PASSTHROUGH_CLUSTERS);
  private static final Pattern INBOUND = Pattern.compile("localhost_[0-9]+|self_inbound_.*");
  private static final Pattern INBOUND_PASSTHROUGH =
      Pattern.compile(PrometheusQueries.INBOUND_PASSTHROUGH_CLUSTERS);

  private final Path file;

  FileTrafficSource(Path file) {
    this.file = file;
  }

  @Override
  public CompletableFuture<TrafficAnswer> ask(TrafficQuestion question) {
    List<ExpositionSample> samples;
    try {
      samples = TextExposition.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return done(TrafficAnswer.unavailable("the stats snapshot " + file + " cannot be read"));
    } catch (IllegalArgumentException e) {
      return done(TrafficAnswer.unavailable("the stats snapshot " + file + ": " + e.getMessage()));
    }
    Map<String, Double> perDataplane = new LinkedHashMap<>();
    for (ExpositionSample s : samples) {
      if (counts(s, question)) {
        String dataplane = s.labels().getOrDefault("dataplane", "(unlabelled proxy)");
        perDataplane.merge(dataplane, s.value(), Double::sum);
      }
    }
    List<DataplaneRate> rates =
        perDataplane.entrySet().stream()
            .map(e -> new DataplaneRate(e.getKey(), e.getValue()))
            .toList();
    return done(TrafficAnswer.measured(rates, measure(question.signal())));
  }

  private static boolean counts(ExpositionSample s, TrafficQuestion q) {
    if (!matches(s, "mesh", q.mesh()) || Double.isNaN(s.value())) {
      return false;
    }
    for (Map.Entry<String, String> e : q.selector().entrySet()) {
      if (!matches(s, e.getKey(), e.getValue())) {
        return false;
      }
    }
    String cluster = s.labels().getOrDefault("envoy_cluster_name", "");
    return switch (q.signal()) {
      case PASSTHROUGH -> s.name().equals(ACTIVE) && PASSTHROUGH.matcher(cluster).matches();
      case INBOUND -> s.name().equals(ACTIVE) && INBOUND.matcher(cluster).matches();
      case PLAINTEXT_INBOUND -> s.name().equals("envoy_tls_inspector_tls_not_found");
      case INBOUND_PASSTHROUGH ->
          s.name().equals(ACTIVE) && INBOUND_PASSTHROUGH.matcher(cluster).matches();
    };
  }

  private static boolean matches(ExpositionSample s, String label, String value) {
    String actual = s.labels().get(label);
    return actual == null || actual.equals(value);
  }

  private static String measure(TrafficSignal signal) {
    return switch (signal) {
      case PASSTHROUGH -> "open passthrough connections in the stats snapshot";
      case INBOUND -> "open inbound connections in the stats snapshot";
      case PLAINTEXT_INBOUND -> "plaintext inbound connections since the proxies started";
      case INBOUND_PASSTHROUGH -> "open inbound passthrough connections in the stats snapshot";
    };
  }

  private static CompletableFuture<TrafficAnswer> done(TrafficAnswer answer) {
    return CompletableFuture.completedFuture(answer);
  }

  @Override
  public String describe() {
    return "the stats snapshot " + file;
  }
}
