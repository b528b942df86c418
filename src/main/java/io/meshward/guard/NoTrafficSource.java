package io.meshward.guard;

import java.util.concurrent.CompletableFuture;

/** {@code NoTrafficSource} answers every question with "no source configured". */
final class NoTrafficSource implements TrafficSource {

  static final NoTrafficSource INSTANCE = new NoTrafficSource();

  private NoTrafficSource() {}

  @Override
  public CompletableFuture<TrafficAnswer> ask(TrafficQuestion question) {
    return CompletableFuture.completedFuture(TrafficAnswer.notConfigured());
  }

  @Override
  public String describe() {
    return "no traffic source";
  }

  @Override
  public boolean configured() {
    return false;
  }
}
