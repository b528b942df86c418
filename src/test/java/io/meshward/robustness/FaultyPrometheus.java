package io.meshward.robustness;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A "Prometheus" whose fault is chosen by the test: {@link Fault#SLOW} answers live traffic after
 * {@link #SLOW_MILLIS}, {@link Fault#HANGING} accepts and never answers, {@link Fault#GARBAGE}
 * answers HTTP 200 with a body that is not the Prometheus API, {@link Fault#DOWN} refuses
 * connections (its port is closed until another fault is chosen).
 */
public class FaultyPrometheus implements QuarkusTestResourceLifecycleManager {

  /** What the server does with a query. */
  public enum Fault {
    SLOW,
    HANGING,
    GARBAGE,
    DOWN
  }

  /** How long {@link Fault#SLOW} waits before answering (the tests' budget is 1 s). */
  static final long SLOW_MILLIS = 1_400;

  private static final String LIVE =
      "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":"
          + "{\"dataplane\":\"web-1\"},\"value\":[1700000000,\"12.5\"]}]}}";

  private static volatile int port;
  private static volatile ServerSocket server;
  private static final List<Socket> OPEN = new ArrayList<>();
  private static volatile Fault fault = Fault.SLOW;

  @Override
  public Map<String, String> start() {
    open(0);
    return Map.of("meshward.traffic.prometheus.url", "http://127.0.0.1:" + port);
  }

  @Override
  public void stop() {
    close();
  }

  /** Chooses the fault of the following queries. */
  static synchronized void fault(Fault next) {
    fault = next;
    if (next == Fault.DOWN) {
      close();
    } else if (server == null || server.isClosed()) {
      open(port);
    }
  }

  private static synchronized void open(int at) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), at));
      server = socket;
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ServerSocket listening = server;
    Thread acceptor =
        new Thread(
            () -> {
              while (!listening.isClosed()) {
                try {
                  Socket s = listening.accept();
                  synchronized (OPEN) {
                    OPEN.add(s);
                  }
                  Thread handler = new Thread(() -> handle(s), "faulty-prometheus-conn");
                  handler.setDaemon(true);
                  handler.start();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "faulty-prometheus");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static synchronized void close() {
    try {
      if (server != null) {
        server.close();
      }
      synchronized (OPEN) {
        for (Socket s : OPEN) {
          s.close();
        }
        OPEN.clear();
      }
    } catch (IOException e) {
      // closing anyway
    }
  }

  private static void handle(Socket socket) {
    try (socket) {
      readHead(socket.getInputStream());
      switch (fault) {
        case HANGING -> Thread.sleep(60_000);
        case SLOW -> {
          Thread.sleep(SLOW_MILLIS);
          answer(socket.getOutputStream(), "application/json", LIVE);
        }
        case GARBAGE -> answer(socket.getOutputStream(), "text/html", "<html>\u0000{\"status\":");
        case DOWN -> {
          // the port is closed; a connection accepted just before is dropped
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client gave up
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < 4 && (b = in.read()) >= 0) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  private static void answer(OutputStream out, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: "
            + type
            + "\r\nContent-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
  }
}
