package io.meshward.kubernetes;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code UnreachableApiServer} is an API server that accepts connections and never answers, so that
 * every Kubernetes call runs into meshward's budget.
 */
public class UnreachableApiServer implements QuarkusTestResourceLifecycleManager {

  private ServerSocket socket;
  private final List<Socket> held = new ArrayList<>();

  @Override
  public Map<String, String> start() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  held.add(socket.accept());
                } catch (IOException e) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
    return Map.of(
        "quarkus.kubernetes-client.api-server-url",
        "http://127.0.0.1:" + socket.getLocalPort(),
        "quarkus.kubernetes-client.request-timeout",
        "PT30S",
        "meshward.kubernetes.budget",
        "300ms");
  }

  @Override
  public void stop() {
    try {
      socket.close();
      for (Socket s : held) {
        s.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
