package io.meshward.config;

import io.meshward.guard.TrafficAnswer;
import io.meshward.guard.TrafficQuestion;
import io.meshward.guard.TrafficSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * {@code MeteredTrafficSource} records every question a guard asks: {@code
 * meshward_traffic_source_requests_total{source,outcome}} (outcome {@code measured}, {@code
 * unavailable} or {@code not_configured}) and {@code meshward_traffic_source_duration_seconds}.
 */
final class MeteredTrafficSource implements TrafficSource {

  private final TrafficSource delegate;
  private final String source;
  private final MeterRegistry registry;

  /**
   * @param delegate the source asked
   * @param source its kind for the {@code source} tag: {@code prometheus}, {@code file}, {@code
   *     none}
   * @param registry where meters go
   */
  MeteredTrafficSource(TrafficSource delegate, String source, MeterRegistry registry) {
    this.delegate = delegate;
    this.source = source;
    this.registry = registry;
  }

  @Override
  public CompletableFuture<TrafficAnswer> ask(TrafficQuestion question) {
    Timer.Sample sample = Timer.start(registry);
    return delegate
        .ask(question)
        .whenComplete(
            (answer, error) -> {
              String outcome =
                  answer == null ? "unavailable" : answer.status().name().toLowerCase(Locale.ROOT);
              sample.stop(
                  Timer.builder("meshward.traffic.source.duration")
                      .description("Time to answer a live-traffic question")
                      .tag("source", source)
                      .register(registry));
              Counter.builder("meshward.traffic.source.requests")
                  .description("Live-traffic questions answered")
                  .tag("source", source)
                  .tag("outcome", outcome)
                  .register(registry)
                  .increment();
            });
  }

  @Override
  public String describe() {
    return delegate.describe();
  }

  @Override
  public boolean configured() {
    return delegate.configured();
  }
}
