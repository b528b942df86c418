import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Writes the AOT cache (JDK 25+, JEP 483/514/515) of the meshward server: starts {@code serve}
 * from an {@code aot-jar} build with {@code -XX:AOTCacheOutput}, waits until it is ready, posts
 * every training AdmissionReview to {@code /validate} and {@code /mutate}, stops it with SIGTERM
 * and waits until the JVM has written the cache. Run with the JDK that will run the server:
 *
 * <pre>
 * java deploy/image/AotTraining.java APP_DIR CACHE_FILE REVIEW.json...
 * </pre>
 *
 * The server's JVM options come from {@code JAVA_TOOL_OPTIONS} (the Deployment's, so the cache is
 * trained under the options it will be used with). It watches, as the Deployment's replicas do, a
 * {@link FakeApiServer} of this program. Exit code 0 when the cache was written.
 */
public final class AotTraining {

  private static final int ROUNDS = 40;
  private static final Duration READY_WITHIN = Duration.ofSeconds(180);

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java AotTraining.java APP_DIR CACHE_FILE REVIEW.json...");
      System.exit(2);
    }
    Path app = Path.of(args[0]).toAbsolutePath();
    Path cache = Path.of(args[1]).toAbsolutePath();
    List<String> reviews = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      reviews.add(Files.readString(Path.of(args[i])));
    }
    Files.deleteIfExists(cache);
    Path scratch = Files.createTempDirectory("meshward-aot-training");
    int port = freePort();
    FakeApiServer api = FakeApiServer.start();
    Process server = startServer(app, cache, scratch, port, api.url());
    try {
      HttpClient client = trustingClient();
      String base = "https://127.0.0.1:" + port;
      awaitReady(client, base, server);
      int answered = 0;
      for (int round = 0; round < ROUNDS; round++) {
        for (String review : reviews) {
          answered += post(client, base + "/validate", review);
          answered += post(client, base + "/mutate", review);
        }
      }
      System.out.printf("aot training: %d admission answers from the server%n", answered);
    } finally {
      server.destroy(); // SIGTERM: the JVM writes the cache as it exits
      if (!server.waitFor(10, TimeUnit.MINUTES)) {
        server.destroyForcibly();
      }
      api.close();
    }
    System.out.printf("aot training: %d requests to the fake API server%n", api.requests());
    if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
      System.err.println("aot training: no cache written; server log: " + scratch.resolve("log"));
      System.err.print(Files.readString(scratch.resolve("log")));
      System.exit(1);
    }
    System.out.printf("aot training: %s (%d MB)%n", cache, Files.size(cache) >> 20);
  }

  private static Process startServer(Path app, Path cache, Path scratch, int port, String apiServer)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-XX:AOTCacheOutput=" + cache,
            "-Dquarkus.http.ssl-port=" + port,
            "-Dmeshward.xds.port=0",
            "-Dmeshward.tls.dir=" + scratch.resolve("tls"),
            // Watching, as the Deployment runs it, so that the informers' code is trained too.
            "-Dmeshward.kubernetes.watch=true",
            "-Dkubernetes.master=" + apiServer,
            "-Dkubernetes.auth.tryKubeConfig=false",
            "-Dkubernetes.auth.tryServiceAccount=false",
            "-Dquarkus.shutdown.delay-enabled=false",
            "-Dquarkus.shutdown.timeout=1s",
            "-jar",
            app.resolve("quarkus-run.jar").toString(),
            "serve");
    return new ProcessBuilder(command)
        .directory(scratch.toFile())
        .redirectErrorStream(true)
        .redirectOutput(scratch.resolve("log").toFile())
        .start();
  }

  private static void awaitReady(HttpClient client, String base, Process server)
      throws InterruptedException {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build();
    while (System.nanoTime() < deadline && server.isAlive()) {
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not get ready within " + READY_WITHIN);
  }

  private static int post(HttpClient client, String url, String review)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(review))
            .build();
    int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    return status == 200 ? 1 : 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The server presents its own self-signed certificate; training trusts it without checks. */
  private static HttpClient trustingClient() throws Exception {
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return HttpClient.newBuilder()
        .sslContext(tls)
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }
}
