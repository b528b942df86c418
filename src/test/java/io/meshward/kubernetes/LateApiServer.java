package io.meshward.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.meshward.bench.MockApiServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * {@code LateApiServer} points the Kubernetes client at a port where nothing listens yet; a test
 * starts an API server there (the fabric8 mock server in CRUD mode) with {@link #startServer()}
 * when it wants, as a cluster's API server may come up after the webhook's pod.
 */
public class LateApiServer implements QuarkusTestResourceLifecycleManager {

  static volatile int port;
  private static KubernetesMockServer server;

  @Override
  public Map<String, String> start() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("quarkus.kubernetes-client.api-server-url", "http://127.0.0.1:" + port);
  }

  /** Starts the API server on the port the client was given; returns it. */
  static synchronized KubernetesMockServer startServer() {
    server = MockApiServer.crud(port);
    return server;
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.destroy();
    }
  }
}
