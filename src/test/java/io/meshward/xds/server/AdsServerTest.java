package io.meshward.xds.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.rpc.Status;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.core.v3.Node;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.service.discovery.v3.AggregatedDiscoveryServiceGrpc;
import io.envoyproxy.envoy.service.discovery.v3.DiscoveryRequest;
import io.envoyproxy.envoy.service.discovery.v3.DiscoveryResponse;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.testing.AdmissionReviews;
import io.meshward.xds.DataplaneFeatures;
import io.meshward.xds.DataplaneProxies;
import io.meshward.xds.XdsTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real ADS client subscribes, receives CDS and LDS and ACKs; a MeshProxyPatch admitted through
 * {@code /validate} arrives as a new version within 1 s; denied and dry-run ones change nothing; a
 * NACK keeps the version.
 */
@QuarkusTest
class AdsServerTest {

  @Inject XdsServer xds;

  private static ObjectNode patch(String name, String maxConnections) throws Exception {
    return (ObjectNode)
        Json.YAML.readTree(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshProxyPatch
            metadata:
              name: %s
              namespace: kuma-system
              labels: {kuma.io/mesh: ads-test}
            spec:
              targetRef: {kind: Mesh}
              default:
                appendModifications:
                  - cluster:
                      operation: Patch
                      match: {name: outbound:passthrough:ipv4}
                      value: |
                        circuitBreakers:
                          thresholds:
                          - maxConnections: %s
            """
                .formatted(name, maxConnections));
  }

  private static void admit(ObjectNode review, boolean allowed) {
    given()
        .contentType(ContentType.JSON)
        .body(review.toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(allowed));
  }

  @Test
  void subscribeAckAndReceivePatchedVersion() throws Exception {
    AdsClient ads = AdsClient.open(xds.port());
    BlockingQueue<DiscoveryResponse> responses = ads.responses();
    StreamObserver<DiscoveryRequest> requests = ads.requests();
    Node node =
        Node.newBuilder()
            .setId("web.demo")
            .setMetadata(
                Struct.newBuilder()
                    .putFields("mesh", Value.newBuilder().setStringValue("ads-test").build()))
            .build();
    try {
      requests.onNext(
          DiscoveryRequest.newBuilder().setNode(node).setTypeUrl(XdsTypes.CLUSTER).build());
      DiscoveryResponse cds = responses.poll(30, TimeUnit.SECONDS);
      assertThat(cds).isNotNull();
      assertThat(cds.getResourcesList())
          .extracting(a -> a.unpack(Cluster.class).getName())
          .contains("outbound:passthrough:ipv4", "inbound:passthrough:ipv4");
      requests.onNext(ack(node, XdsTypes.CLUSTER, cds));
      requests.onNext(
          DiscoveryRequest.newBuilder().setNode(node).setTypeUrl(XdsTypes.LISTENER).build());
      DiscoveryResponse lds = responses.poll(5, TimeUnit.SECONDS);
      assertThat(lds.getTypeUrl()).isEqualTo(XdsTypes.LISTENER);
      assertThat(lds.getResourcesCount()).isEqualTo(2);
      requests.onNext(ack(node, XdsTypes.LISTENER, lds));

      // Denied and dry-run requests change nothing.
      ObjectNode denied = patch("denied", "0");
      ((ObjectNode) denied.at("/spec/default/appendModifications/0/cluster"))
          .put("operation", "Nope");
      admit(AdmissionReviews.review("CREATE", denied, null), false);
      ObjectNode dryRun = AdmissionReviews.review("CREATE", patch("dry", "7"), null);
      ((ObjectNode) dryRun.get("request")).put("dryRun", true);
      admit(dryRun, true);
      assertThat(responses.poll(500, TimeUnit.MILLISECONDS)).isNull();

      // An admitted patch arrives within 1 s.
      long start = System.nanoTime();
      admit(AdmissionReviews.review("CREATE", patch("breakers", "2048"), null), true);
      DiscoveryResponse next = responses.poll(1, TimeUnit.SECONDS);
      assertThat(next).as("new version within 1 s").isNotNull();
      assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
      Map<String, DiscoveryResponse> update = ackAll(next, responses, requests, node);
      DiscoveryResponse cds2 = update.get(XdsTypes.CLUSTER);
      assertThat(cds2).isNotNull();
      assertThat(cds2.getVersionInfo()).isNotEqualTo(cds.getVersionInfo());
      Cluster outbound =
          cds2.getResourcesList().stream()
              .map(a -> unpack(a))
              .filter(c -> c.getName().equals("outbound:passthrough:ipv4"))
              .findFirst()
              .orElseThrow();
      assertThat(outbound.getCircuitBreakers().getThresholdsList()).hasSize(1);
      assertThat(outbound.getCircuitBreakers().getThresholds(0).getMaxConnections().getValue())
          .isEqualTo(2048);

      // A NACK keeps the served version (no new version is made for it).
      requests.onNext(
          ack(node, XdsTypes.CLUSTER, cds2).toBuilder()
              .setVersionInfo(cds.getVersionInfo())
              .setErrorDetail(Status.newBuilder().setMessage("rejected"))
              .build());
      // java-control-plane answers a NACK naming an older version with the current one again;
      // like Envoy, the client ACKs that answer, which opens the watch the next change needs.
      DiscoveryResponse resent = responses.poll(5, TimeUnit.SECONDS);
      assertThat(resent).as("current version sent again after the NACK").isNotNull();
      assertThat(resent.getTypeUrl()).isEqualTo(XdsTypes.CLUSTER);
      assertThat(resent.getVersionInfo()).isEqualTo(cds2.getVersionInfo());
      requests.onNext(ack(node, XdsTypes.CLUSTER, resent));
      assertThat(responses.poll(300, TimeUnit.MILLISECONDS)).isNull();
      assertThat(xds.snapshots().served(NodeCallbacks.identity(node)).version())
          .isEqualTo(cds2.getVersionInfo());

      // Inspect shows what is served.
      given()
          .get("/inspect/meshes/ads-test/xds?dataplane=web&namespace=demo")
          .then()
          .statusCode(200)
          .body("version", equalTo(cds2.getVersionInfo()))
          .body("effective.maxConnections", equalTo(1024));

      // Deleting the patch goes back to no thresholds.
      admit(AdmissionReviews.review("DELETE", null, patch("breakers", "2048")), true);
      DiscoveryResponse after = responses.poll(1, TimeUnit.SECONDS);
      assertThat(after).as("new version within 1 s after the DELETE").isNotNull();
      assertThat(after.getVersionInfo()).isNotEqualTo(cds2.getVersionInfo());
    } finally {
      ads.close();
    }
  }

  @Test
  void nodeFeaturesApplyToTheProxyOfItsDataplane() throws Exception {
    // The Dataplane comes from the API server (no features); the features from kuma-dp's node.
    xds.store()
        .putProxy(
            DataplaneProxies.of(
                Json.YAML.readTree(
                    """
                    apiVersion: kuma.io/v1alpha1
                    kind: Dataplane
                    metadata: {name: api, namespace: shop, labels: {kuma.io/mesh: ads-strict}}
                    spec:
                      networking:
                        transparentProxying: {redirectPortOutbound: 15001, redirectPortInbound: 15006}
                        inbound: [{port: 8080, tags: {kuma.io/service: api}}]
                    """)));
    xds.store()
        .accept(
            Operation.CREATE,
            Json.YAML.readTree(
                """
                apiVersion: kuma.io/v1alpha1
                kind: Mesh
                metadata: {name: ads-strict}
                spec:
                  mtls:
                    enabledBackend: ca-1
                    backends: [{name: ca-1, type: builtin, mode: STRICT}]
                """),
            null);
    AdsClient ads = AdsClient.open(xds.port());
    BlockingQueue<DiscoveryResponse> responses = ads.responses();
    StreamObserver<DiscoveryRequest> requests = ads.requests();
    ListValue features =
        ListValue.newBuilder()
            .addValues(Value.newBuilder().setStringValue(DataplaneFeatures.REUSE_PORT))
            .addValues(Value.newBuilder().setStringValue(DataplaneFeatures.STRICT_INBOUND_PORTS))
            .build();
    Node node =
        Node.newBuilder()
            .setId("api.shop")
            .setMetadata(
                Struct.newBuilder()
                    .putFields("features", Value.newBuilder().setListValue(features).build()))
            .build();
    try {
      requests.onNext(
          DiscoveryRequest.newBuilder().setNode(node).setTypeUrl(XdsTypes.LISTENER).build());
      DiscoveryResponse lds = responses.poll(30, TimeUnit.SECONDS);
      assertThat(lds).isNotNull();
      Listener inbound =
          lds.getResourcesList().stream()
              .map(AdsServerTest::listener)
              .filter(l -> l.getName().equals("inbound:passthrough:ipv4"))
              .findFirst()
              .orElseThrow();
      assertThat(inbound.getEnableReusePort().getValue()).isTrue();
      assertThat(inbound.getFilterChainsList())
          .extracting(c -> c.getFilterChainMatch().getDestinationPort().getValue())
          .containsExactly(8080);
    } finally {
      ads.close();
    }
  }

  /** A real ADS client: one stream, its responses queued. */
  private record AdsClient(
      ManagedChannel channel,
      BlockingQueue<DiscoveryResponse> responses,
      StreamObserver<DiscoveryRequest> requests) {

    static AdsClient open(int port) {
      ManagedChannel channel =
          NettyChannelBuilder.forAddress("localhost", port).usePlaintext().build();
      BlockingQueue<DiscoveryResponse> responses = new LinkedBlockingQueue<>();
      StreamObserver<DiscoveryRequest> requests =
          AggregatedDiscoveryServiceGrpc.newStub(channel)
              .streamAggregatedResources(
                  new StreamObserver<>() {
                    @Override
                    public void onNext(DiscoveryResponse r) {
                      responses.add(r);
                    }

                    @Override
                    public void onError(Throwable t) {}

                    @Override
                    public void onCompleted() {}
                  });
      return new AdsClient(channel, responses, requests);
    }

    void close() {
      requests.onCompleted();
      channel.shutdownNow();
    }
  }

  private static Listener listener(com.google.protobuf.Any any) {
    try {
      return any.unpack(Listener.class);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }

  private static Cluster unpack(com.google.protobuf.Any any) {
    try {
      return any.unpack(Cluster.class);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * ACKs {@code first} and every response that follows it within 300 ms of the previous one, as
   * Envoy does; returns the last response of each type.
   */
  private static Map<String, DiscoveryResponse> ackAll(
      DiscoveryResponse first,
      BlockingQueue<DiscoveryResponse> responses,
      StreamObserver<DiscoveryRequest> requests,
      Node node)
      throws InterruptedException {
    Map<String, DiscoveryResponse> byType = new HashMap<>();
    for (DiscoveryResponse r = first; r != null; r = responses.poll(300, TimeUnit.MILLISECONDS)) {
      requests.onNext(ack(node, r.getTypeUrl(), r));
      byType.put(r.getTypeUrl(), r);
    }
    return byType;
  }

  private static DiscoveryRequest ack(Node node, String type, DiscoveryResponse r) {
    return DiscoveryRequest.newBuilder()
        .setNode(node)
        .setTypeUrl(type)
        .setVersionInfo(r.getVersionInfo())
        .setResponseNonce(r.getNonce())
        .build();
  }
}
