package io.meshward.guard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@code SharedTrafficSource} puts one question in flight at a time per distinct {@link
 * TrafficQuestion}: concurrent identical questions share it, and its answer is reused for {@code
 * ttl}. "Cannot verify" answers are not reused once complete, so a recovered source is asked again
 * at once.
 */
public final class SharedTrafficSource implements TrafficSource {

  private record Entry(CompletableFuture<TrafficAnswer> answer, long askedAt) {}

  private final TrafficSource delegate;
  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final Map<TrafficQuestion, Entry> entries = new ConcurrentHashMap<>();

  /**
   * @param delegate the source actually asked
   * @param ttl how long an answer is reused
   * @param nanoClock monotonic time in nanoseconds ({@code System::nanoTime} outside tests)
   */
  public SharedTrafficSource(TrafficSource delegate, Duration ttl, LongSupplier nanoClock) {
    this.delegate = delegate;
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
  }

  @Override
  public CompletableFuture<TrafficAnswer> ask(TrafficQuestion question) {
    long now = nanoClock.getAsLong();
    return entries
        .compute(question, (q, e) -> e != null && reusable(e, now) ? e : new Entry(start(q), now))
        .answer();
  }

  private boolean reusable(Entry e, long now) {
    if (!e.answer().isDone()) {
      return true;
    }
    TrafficAnswer answer = e.answer().getNow(null);
    return answer != null
        && answer.status() != TrafficAnswer.Status.UNAVAILABLE
        && now - e.askedAt() < ttlNanos;
  }

  private CompletableFuture<TrafficAnswer> start(TrafficQuestion q) {
    try {
      return delegate
          .ask(q)
          .exceptionally(e -> TrafficAnswer.unavailable(delegate.describe() + " failed: " + e));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(
          TrafficAnswer.unavailable(delegate.describe() + " failed: " + e));
    }
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
