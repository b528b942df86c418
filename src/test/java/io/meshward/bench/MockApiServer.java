package io.meshward.bench;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.meshward.core.Json;
import io.meshward.kubernetes.KumaReads;
import java.net.InetAddress;
import java.util.HashMap;

/**
 * An API server for benchmarks of a watching server ({@code meshward.kubernetes.watch}): the
 * fabric8 mock server in CRUD mode on a given port, holding one Mesh and {@code dataplanes}
 * Dataplanes. Not a test: {@code java -cp … io.meshward.bench.MockApiServer PORT [dataplanes]} runs
 * until killed.
 */
public final class MockApiServer {

  private MockApiServer() {}

  /**
   * The fabric8 mock API server in CRUD mode, listening on the loopback interface at {@code port}.
   */
  public static KubernetesMockServer crud(int port) {
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init(InetAddress.getLoopbackAddress(), port);
    return server;
  }

  /** A Kubernetes object from its YAML. */
  public static GenericKubernetesResource resource(String yaml) throws Exception {
    return Json.MAPPER.treeToValue(Json.YAML.readTree(yaml), GenericKubernetesResource.class);
  }

  /** Starts the server; args: port (0 for any) [dataplanes] (default 1,000). */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int dataplanes = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    KubernetesMockServer server = crud(port);
    KubernetesClient client = server.createClient();
    client
        .genericKubernetesResources(KumaReads.context("meshes"))
        .resource(resource("{apiVersion: kuma.io/v1alpha1, kind: Mesh, metadata: {name: default}}"))
        .create();
    for (int i = 0; i < dataplanes; i++) {
      client
          .genericKubernetesResources(KumaReads.context("dataplanes"))
          .resource(
              resource(
                  """
                  apiVersion: kuma.io/v1alpha1
                  kind: Dataplane
                  mesh: default
                  metadata: {name: dp-%d, namespace: apps, labels: {app: svc-%d}}
                  spec:
                    networking:
                      address: 10.0.%d.%d
                      inbound: [{port: 8080, tags: {kuma.io/service: svc-%d}}]
                      transparentProxying: {redirectPortInbound: 15006, redirectPortOutbound: 15001}
                  """
                      .formatted(i, i % 50, i / 250, i % 250, i % 50)))
          .create();
    }
    System.out.println(
        "mock API server on http://127.0.0.1:"
            + server.getPort()
            + " with "
            + dataplanes
            + " Dataplanes");
    Thread.currentThread().join();
  }
}
