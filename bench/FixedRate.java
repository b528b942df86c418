import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Constant-rate load with wrk2's model: request i is due at start + i / rate; CONNECTIONS workers
 * (each its own keep-alive HTTPS connection) take the next due request, wait for its due time and
 * send it; its latency runs from the due time to the answer, so a stalled server shows up in the
 * percentiles even when every worker is busy (no coordinated omission). Each worker writes its
 * HTTP/1.1 request to its TLS socket and reads the answer on its own thread, as wrk does, so that the
 * client adds no hand-offs between threads (the JDK's {@code HttpClient}, used before, added a tail
 * of its own: see bench/RESULTS.md). Usage: {@code java
 * bench/FixedRate.java URL BODY_FILE RATE SECONDS [WARMUP_SECONDS] [CONNECTIONS] [INTERVAL]}; prints
 * one line, preceded by one line per INTERVAL seconds of the run when INTERVAL is given.
 */
public class FixedRate {

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    int connections = args.length > 5 ? Integer.parseInt(args[5]) : 16;
    int interval = args.length > 6 ? Integer.parseInt(args[6]) : 0;
    SSLContext tls = trustAll();
    Connection[] clients = new Connection[connections];
    for (int i = 0; i < connections; i++) {
      clients[i] = new Connection(uri, body, tls);
      clients[i].send();
    }
    run(clients, rate, warmup);
    Run measured = run(clients, rate, seconds);
    if (interval > 0) {
      printIntervals(measured.raw(), rate * interval, interval);
    }
    long[] latencies = measured.latencies();
    Arrays.sort(latencies);
    System.out.printf(
        "rate %d/s for %d s over %d connections: %d answered, %d errors, p50 %.2f ms, p90 %.2f ms,"
            + " p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
        rate,
        seconds,
        connections,
        latencies.length,
        measured.errors(),
        pct(latencies, 50),
        pct(latencies, 90),
        pct(latencies, 99),
        pct(latencies, 99.9),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
  }

  /**
   * @param raw per request (in due order): its latency in ns, or {@link #FAILED}
   */
  record Run(long[] raw, long errors) {
    long[] latencies() {
      return Arrays.stream(raw).filter(l -> l >= 0).toArray();
    }
  }

  static final long FAILED = -2;

  // One line per interval of the run: requests answered, errors, p50, p99 and max.
  private static void printIntervals(long[] raw, int perInterval, int intervalSeconds) {
    for (int from = 0, n = 1; from < raw.length; from += perInterval, n++) {
      long[] slice = Arrays.copyOfRange(raw, from, Math.min(raw.length, from + perInterval));
      long failed = Arrays.stream(slice).filter(l -> l == FAILED).count();
      long[] ok = Arrays.stream(slice).filter(l -> l >= 0).sorted().toArray();
      System.out.printf(
          "interval %d (to %d s): %d answered, %d errors, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          n,
          n * intervalSeconds,
          ok.length,
          failed,
          pct(ok, 50),
          pct(ok, 99),
          ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6);
    }
  }

  private static Run run(Connection[] clients, int rate, int seconds) throws Exception {
    int total = rate * seconds;
    long period = 1_000_000_000L / rate;
    long[] latencies = new long[total];
    Arrays.fill(latencies, -1);
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    Thread[] workers = new Thread[clients.length];
    for (int w = 0; w < clients.length; w++) {
      Connection client = clients[w];
      workers[w] =
          new Thread(
              () -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                  long due = start + i * period;
                  long wait = due - System.nanoTime();
                  try {
                    if (wait > 0) {
                      TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    if (client.send() == 200) {
                      latencies[(int) i] = System.nanoTime() - due;
                    } else {
                      latencies[(int) i] = FAILED;
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    latencies[(int) i] = FAILED;
                    errors.incrementAndGet();
                    client.reconnect();
                  }
                }
              });
      workers[w].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return new Run(latencies, errors.get());
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

  /** One keep-alive HTTPS connection that POSTs the same body; reconnects after a failure. */
  static final class Connection {
    private final URI uri;
    private final SSLContext tls;
    private final byte[] request;
    private SSLSocket socket;
    private OutputStream out;
    private InputStream in;

    Connection(URI uri, byte[] body, SSLContext tls) throws IOException {
      this.uri = uri;
      this.tls = tls;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      String head =
          "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
      bytes.write(head.getBytes(StandardCharsets.US_ASCII));
      bytes.write(body);
      this.request = bytes.toByteArray();
      open();
    }

    private void open() throws IOException {
      socket = (SSLSocket) tls.getSocketFactory().createSocket(uri.getHost(), uri.getPort());
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(10_000);
      socket.startHandshake();
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    void reconnect() {
      try {
        socket.close();
        open();
      } catch (IOException e) {
        // the next send fails and tries again
      }
    }

    /** Sends the request and reads the whole answer; returns its status code. */
    int send() throws IOException {
      out.write(request);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.substring(9, 12));
      long length = 0;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(header.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      if (!chunked) {
        in.skipNBytes(length);
        return code;
      }
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        in.skipNBytes(size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
      return code;
    }

    private long chunkSize() throws IOException {
      String line = line();
      int semicolon = line.indexOf(';');
      return Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }
}
