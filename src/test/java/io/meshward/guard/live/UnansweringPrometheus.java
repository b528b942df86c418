package io.meshward.guard.live;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A "Prometheus" that accepts connections and never answers. */
public class UnansweringPrometheus implements QuarkusTestResourceLifecycleManager {

  private ServerSocket server;
  private final List<Socket> accepted = new ArrayList<>();

  @Override
  public Map<String, String> start() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket s = server.accept();
                  synchronized (accepted) {
                    accepted.add(s);
                  }
                } catch (IOException e) {
                  return;
                }
              }
            },
            "unanswering-prometheus");
    acceptor.setDaemon(true);
    acceptor.start();
    return Map.of("meshward.traffic.prometheus.url", "http://127.0.0.1:" + server.getLocalPort());
  }

  @Override
  public void stop() {
    try {
      server.close();
      synchronized (accepted) {
        for (Socket s : accepted) {
          s.close();
        }
      }
    } catch (IOException e) {
      // closing anyway
    }
  }
}
