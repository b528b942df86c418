package io.meshward.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Sharing concurrent identical questions and reusing answers for the TTL. */
class SharedTrafficSourceTest {

  private static final TrafficQuestion Q =
      TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "default");

  /** Hands out futures the test completes. */
  static final class PendingSource implements TrafficSource {
    final List<CompletableFuture<TrafficAnswer>> pending = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<TrafficAnswer> ask(TrafficQuestion question) {
      CompletableFuture<TrafficAnswer> f = new CompletableFuture<>();
      pending.add(f);
      return f;
    }

    @Override
    public String describe() {
      return "pending";
    }
  }

  private final AtomicLong now = new AtomicLong();
  private final PendingSource delegate = new PendingSource();
  private final SharedTrafficSource shared =
      new SharedTrafficSource(delegate, Duration.ofSeconds(10), now::get);

  @Test
  void identicalConcurrentQuestionsShareOneQuery() throws Exception {
    List<CompletableFuture<TrafficAnswer>> answers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t =
          new Thread(
              () -> {
                CompletableFuture<TrafficAnswer> a = shared.ask(Q);
                synchronized (answers) {
                  answers.add(a);
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    shared.ask(TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "other"));
    assertThat(delegate.pending).hasSize(2);
    delegate.pending.get(0).complete(FixedTrafficSource.live(1));
    assertThat(answers).hasSize(8).allSatisfy(a -> assertThat(a.join().total()).isEqualTo(1.5));
  }

  @Test
  void answersAreReusedForTheTtlOnly() {
    shared.ask(Q);
    delegate.pending.get(0).complete(FixedTrafficSource.idle());
    now.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThat(shared.ask(Q).join()).isEqualTo(FixedTrafficSource.idle());
    assertThat(delegate.pending).hasSize(1);
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    shared.ask(Q);
    assertThat(delegate.pending).hasSize(2);
  }

  @Test
  void cannotVerifyIsNotReusedOnceComplete() {
    shared.ask(Q);
    delegate.pending.get(0).complete(TrafficAnswer.unavailable("down"));
    shared.ask(Q);
    assertThat(delegate.pending).hasSize(2);
  }

  @Test
  void aFailingDelegateGivesCannotVerify() {
    CompletableFuture<TrafficAnswer> answer = shared.ask(Q);
    delegate.pending.get(0).completeExceptionally(new IllegalStateException("boom"));
    assertThat(answer.join().status()).isEqualTo(TrafficAnswer.Status.UNAVAILABLE);
    assertThat(answer.join().reason()).contains("boom");
  }
}
