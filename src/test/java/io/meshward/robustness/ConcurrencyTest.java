package io.meshward.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 64 parallel clients, each with its own connection, send a mixed workload for {@code
 * -Drobustness.concurrency.seconds} (default 15; {@code bench/concurrency-60s.sh} runs 60): no
 * errors, and every answer equals the one the same request got alone.
 */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class ConcurrencyTest {

  private static final int CLIENTS = 64;

  @TestHTTPResource URL url;

  @Test
  void parallelAnswersEqualSequentialOnes() throws Exception {
    long seconds = Long.getLong("robustness.concurrency.seconds", 15);
    List<MixedWorkload.Item> items =
        MixedWorkload.sequential(new Loopback(url.toString()), 64_064L, 200);
    assertThat(items).hasSizeGreaterThan(300);
    AtomicLong sent = new AtomicLong();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c * 7;
        clients.add(
            pool.submit(
                () -> {
                  Loopback client = new Loopback(url.toString());
                  for (int i = offset; System.nanoTime() < deadline; i++) {
                    MixedWorkload.Item item = items.get(i % items.size());
                    try {
                      var answer = client.post(item.endpoint(), item.body());
                      String text = new String(answer.body(), StandardCharsets.UTF_8);
                      if (answer.statusCode() != item.status() || !text.equals(item.answer())) {
                        errors.add("different answer for item " + (i % items.size()) + ": " + text);
                      }
                    } catch (Exception e) {
                      errors.add("item " + (i % items.size()) + ": " + e);
                    }
                    sent.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "concurrency: %d clients for %d s: %d requests (%d distinct), %d errors%n",
        CLIENTS, seconds, sent.get(), items.size(), errors.size());
    assertThat(errors.stream().limit(5).toList()).isEmpty();
    assertThat(sent.get()).isGreaterThan(CLIENTS);
  }
}
