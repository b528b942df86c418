package io.meshward.guard;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code TrafficSources} creates the traffic sources: Prometheus, a stats snapshot file, or none.
 * Prometheus and file sources share concurrent identical questions and reuse answers for {@link
 * #DEFAULT_TTL}.
 */
public final class TrafficSources {

  /** How long an answer is reused by default. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(10);

  private TrafficSources() {}

  /** Prometheus' HTTP API at {@code baseUrl} (e.g. {@code http://prometheus:9090}). */
  public static TrafficSource prometheus(URI baseUrl, PrometheusSettings settings) {
    return prometheus(baseUrl, settings, DEFAULT_TTL);
  }

  /** Prometheus' HTTP API at {@code baseUrl}, answers reused for {@code ttl}. */
  public static TrafficSource prometheus(URI baseUrl, PrometheusSettings settings, Duration ttl) {
    return new SharedTrafficSource(
        new PrometheusTrafficSource(baseUrl, settings), ttl, System::nanoTime);
  }

  /** A stats snapshot in Prometheus text exposition, read on each question. */
  public static TrafficSource file(Path snapshot) {
    return file(snapshot, DEFAULT_TTL);
  }

  /** A stats snapshot, answers reused for {@code ttl}. */
  public static TrafficSource file(Path snapshot, Duration ttl) {
    return new SharedTrafficSource(new FileTrafficSource(snapshot), ttl, System::nanoTime);
  }

  /** No source: guards allow with a warning that traffic was not verified. */
  public static TrafficSource none() {
    return NoTrafficSource.INSTANCE;
  }
}
