import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Open-loop load at a fixed rate: request i is due at start + i / rate and is sent then whether or
 * not earlier requests have been answered; its latency runs from the due time to the answer, so a
 * stalled server shows up in the percentiles (no coordinated omission). Run with {@code java
 * bench/FixedRate.java URL BODY_FILE RATE SECONDS [WARMUP_SECONDS]}; prints one line of results.
 */
public class FixedRate {

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(trustAll())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    run(client, request, rate, warmup, false);
    long[] latencies = run(client, request, rate, seconds, true);
    Arrays.sort(latencies);
    System.out.printf(
        "rate %d/s for %d s: %d answered, %d errors, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
            + " p99.9 %.2f ms, max %.2f ms%n",
        rate,
        seconds,
        latencies.length,
        ERRORS.get(),
        pct(latencies, 50),
        pct(latencies, 90),
        pct(latencies, 99),
        pct(latencies, 99.9),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
  }

  private static final AtomicLong ERRORS = new AtomicLong();

  private static long[] run(
      HttpClient client, HttpRequest request, int rate, int seconds, boolean measured)
      throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    long total = (long) rate * seconds;
    long period = 1_000_000_000L / rate;
    long start = System.nanoTime();
    CompletableFuture<?>[] all = new CompletableFuture<?>[(int) total];
    for (int i = 0; i < total; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      all[i] =
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (response, error) -> {
                    if (error != null || response.statusCode() != 200) {
                      if (measured) {
                        ERRORS.incrementAndGet();
                      }
                    } else {
                      latencies.add(System.nanoTime() - due);
                    }
                    return null;
                  });
    }
    CompletableFuture.allOf(all).get(60, TimeUnit.SECONDS);
    return latencies.stream().mapToLong(Long::longValue).toArray();
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  private static SSLContext trustAll() throws Exception {
    TrustManager trust =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String type) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String type) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trust}, null);
    return context;
  }
}
