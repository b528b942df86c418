package io.meshward.robustness;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * {@code FuzzRun} sends {@link FuzzInputs} to {@code /validate} and {@code /mutate} from a few
 * threads (thread {@code t} uses seed {@code seed + t}, so a run is reproducible) and collects
 * every answer {@link AdmissionOracle} rejects.
 */
final class FuzzRun {

  /** Indexes of the outcome counters: HTTP 200, HTTP 4xx, anything else. */
  private static final int OK = 0;

  private static final int REFUSED = 1;
  private static final int OTHER = 2;

  private FuzzRun() {}

  /**
   * The result of a run.
   *
   * @param inputs bodies sent (each to both endpoints)
   * @param answered200 answers with HTTP 200
   * @param refused4xx answers with HTTP 4xx
   * @param failures what the oracle rejected (at most 20 kept), with the seed and input number
   * @param failureCount how many answers the oracle rejected
   * @param millis wall time
   * @param slowestMillis the longest single answer
   */
  record Result(
      long inputs,
      long answered200,
      long refused4xx,
      List<String> failures,
      long failureCount,
      long millis,
      long slowestMillis) {}

  /** Sends {@code inputs} bodies from {@code threads} threads. */
  static Result run(Loopback server, long seed, long inputs, int threads) throws Exception {
    var corpus = FuzzInputs.corpus();
    AtomicLongArray counts = new AtomicLongArray(3);
    AtomicLong slowest = new AtomicLong();
    AtomicLong progress = new AtomicLong();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    long[] failureCount = {0};
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long threadSeed = seed + t;
        long share = inputs / threads + (t < inputs % threads ? 1 : 0);
        done.add(
            pool.submit(
                () -> {
                  FuzzInputs fuzz = new FuzzInputs(corpus, threadSeed);
                  for (long i = 0; i < share; i++) {
                    if (progress.incrementAndGet() % 50_000 == 0) {
                      System.out.printf(
                          "fuzz progress: %d inputs, %d rejected%n",
                          progress.get(), failureCount[0]);
                    }
                    byte[] body = fuzz.next();
                    for (String endpoint : new String[] {"validate", "mutate"}) {
                      long sentAt = System.nanoTime();
                      HttpResponse<byte[]> answer = server.post(endpoint, body);
                      long took = (System.nanoTime() - sentAt) / 1_000_000;
                      slowest.accumulateAndGet(took, Math::max);
                      int status = answer.statusCode();
                      counts.incrementAndGet(
                          status == 200 ? OK : status / 100 == 4 ? REFUSED : OTHER);
                      String problem =
                          AdmissionOracle.problem(endpoint, body, status, answer.body());
                      if (problem != null) {
                        synchronized (failureCount) {
                          failureCount[0]++;
                        }
                        if (failures.size() < 20) {
                          failures.add(
                              "seed "
                                  + threadSeed
                                  + " input "
                                  + i
                                  + " /"
                                  + endpoint
                                  + ": "
                                  + abbreviate(problem)
                                  + "\n  body: "
                                  + abbreviate(new String(body, StandardCharsets.UTF_8)));
                        }
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(
        inputs,
        counts.get(OK),
        counts.get(REFUSED),
        List.copyOf(failures),
        failureCount[0],
        (System.nanoTime() - start) / 1_000_000,
        slowest.get());
  }

  private static String abbreviate(String text) {
    return text.length() <= 600
        ? text
        : text.substring(0, 600) + "... (" + text.length() + " chars)";
  }
}
