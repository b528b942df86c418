package io.meshward.guard.live;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the {@code prometheus} binary on a free loopback port, scraping every second an in-test
 * endpoint that serves Envoy's outbound passthrough connection counter ({@link #GROWING} or flat),
 * an always growing inbound passthrough counter and a flat plaintext counter. When the binary is
 * missing nothing is started and {@link #available()} is false.
 */
public class RealPrometheus implements QuarkusTestResourceLifecycleManager {

  static final AtomicBoolean GROWING = new AtomicBoolean(true);
  private static final AtomicLong COUNTER = new AtomicLong(100);
  private static final AtomicLong INBOUND_PASSTHROUGH = new AtomicLong(10);
  private static volatile Process prometheus;
  private static volatile String url;
  private HttpServer metrics;
  private Path dir;

  static boolean available() {
    return url != null;
  }

  static String url() {
    return url;
  }

  @Override
  public Map<String, String> start() {
    Path binary = binary();
    if (binary == null) {
      return Map.of("meshward.traffic.prometheus.url", "http://127.0.0.1:9");
    }
    try {
      metrics = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      metrics.createContext(
          "/metrics",
          exchange -> {
            long n = GROWING.get() ? COUNTER.addAndGet(5) : COUNTER.get();
            long inbound = INBOUND_PASSTHROUGH.addAndGet(3);
            byte[] body =
                ("# TYPE envoy_cluster_upstream_cx_total counter\n"
                        + "envoy_cluster_upstream_cx_total{envoy_cluster_name=\"outbound_passthrough_ipv4\","
                        + "mesh=\"default\",dataplane=\"web-1\"} "
                        + n
                        + "\n"
                        + "envoy_cluster_upstream_cx_total{envoy_cluster_name=\"inbound_passthrough_ipv4\","
                        + "mesh=\"default\",dataplane=\"web-1\"} "
                        + inbound
                        + "\n# TYPE envoy_tls_inspector_tls_not_found counter\n"
                        + "envoy_tls_inspector_tls_not_found{mesh=\"default\",dataplane=\"web-1\"} 0\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      metrics.start();
      dir = Files.createTempDirectory("prometheus-test");
      Path config = dir.resolve("prometheus.yml");
      Files.writeString(
          config,
          "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
              + "scrape_configs:\n- job_name: envoy\n  static_configs:\n  - targets: ['127.0.0.1:"
              + metrics.getAddress().getPort()
              + "']\n");
      int port = freePort();
      prometheus =
          new ProcessBuilder(
                  binary.toString(),
                  "--config.file=" + config,
                  "--storage.tsdb.path=" + dir.resolve("data"),
                  "--web.listen-address=127.0.0.1:" + port)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("prometheus.log").toFile())
              .start();
      url = "http://127.0.0.1:" + port;
      waitUntilReady();
      return Map.of("meshward.traffic.prometheus.url", url);
    } catch (IOException e) {
      stop();
      throw new IllegalStateException("cannot start prometheus", e);
    }
  }

  private static void waitUntilReady() {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(url + "/-/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      sleep(200);
    }
    throw new IllegalStateException("prometheus did not become ready within 15s");
  }

  /** Stops Prometheus (the scrape target keeps running). */
  static void stopPrometheus() throws InterruptedException {
    Process p = prometheus;
    if (p != null) {
      p.destroy();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  @Override
  public void stop() {
    try {
      stopPrometheus();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (metrics != null) {
      metrics.stop(0);
    }
    url = null;
    if (dir != null) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a leftover temp dir is harmless
      }
    }
  }

  private static Path binary() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(d, "prometheus");
      if (!d.isEmpty() && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
