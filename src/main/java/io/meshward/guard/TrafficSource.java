package io.meshward.guard;

import java.util.concurrent.CompletableFuture;

/**
 * {@code TrafficSource} tells whether traffic is flowing: Prometheus, a stats snapshot file, or
 * none. Implementations never throw and never complete exceptionally: every failure is an {@link
 * TrafficAnswer#unavailable(String)} answer. Create one with {@link TrafficSources}.
 */
public interface TrafficSource {

  /** Answers {@code question}, possibly later. */
  CompletableFuture<TrafficAnswer> ask(TrafficQuestion question);

  /** Where answers come from, for messages, e.g. {@code Prometheus at http://prom:9090}. */
  String describe();

  /** Whether a real source is configured (false for {@link TrafficSources#none()}). */
  default boolean configured() {
    return true;
  }
}
