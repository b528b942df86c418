package io.meshward.xds.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.envoyproxy.controlplane.cache.v3.SimpleCache;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.policy.PolicyRoles;
import io.meshward.xds.PassthroughOptions;
import io.meshward.xds.PolicySelection;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.XdsStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A changed patch publishes new snapshots only for the proxies it selects; proxies with equal
 * inputs are served the same resources.
 */
class SnapshotsTest {

  private static JsonNode patch(String name, String targetRef, int maxConnections)
      throws Exception {
    return Json.YAML.readTree(
        """
        type: MeshProxyPatch
        name: %s
        mesh: default
        spec:
          targetRef: %s
          default:
            appendModifications:
              - cluster:
                  operation: Patch
                  match: {name: outbound:passthrough:ipv4}
                  value: 'circuitBreakers: {thresholds: [{maxConnections: %d}]}'
        """
            .formatted(name, targetRef, maxConnections));
  }

  /** Snapshots of {@code store}, not yet told of its changes. */
  private static Snapshots of(XdsStore store) {
    return new Snapshots(
        new SimpleCache<>(n -> n.getId()),
        new ProxyRenderer(
            PassthroughOptions.defaults(), new PolicySelection(new PolicyRoles(Set.of()))),
        store);
  }

  /** Snapshots refreshed on every change of {@code store}, on the changing thread. */
  private static Snapshots servingFrom(XdsStore store) {
    Snapshots snapshots = of(store);
    store.onChange(snapshots::refresh);
    return snapshots;
  }

  @Test
  void aChangedSubsetPatchRepublishesOnlyTheProxiesItSelects() throws Exception {
    XdsStore store = new XdsStore();
    Snapshots snapshots = servingFrom(store);
    store.accept(Operation.CREATE, patch("all", "{kind: Mesh}", 100), null);
    store.accept(Operation.CREATE, patch("web", "{kind: MeshSubset, tags: {app: web}}", 200), null);
    List<ProxyIdentity> proxies =
        List.of(
            new ProxyIdentity("default", "web-1", "apps", Map.of("app", "web"), false, false),
            new ProxyIdentity("default", "web-2", "apps", Map.of("app", "web"), false, false),
            new ProxyIdentity("default", "db-1", "apps", Map.of("app", "db"), false, false));
    proxies.forEach(store::putProxy);
    Map<String, String> before = new HashMap<>();
    proxies.forEach(p -> before.put(p.name(), snapshots.served(p).version()));
    assertThat(snapshots.served(proxies.get(0)).resources())
        .isSameAs(snapshots.served(proxies.get(1)).resources());

    store.accept(Operation.UPDATE, patch("web", "{kind: MeshSubset, tags: {app: web}}", 300), null);

    assertThat(snapshots.served(proxies.get(0)).version()).isNotEqualTo(before.get("web-1"));
    assertThat(snapshots.served(proxies.get(1)).version()).isNotEqualTo(before.get("web-2"));
    assertThat(snapshots.served(proxies.get(2)).version()).isEqualTo(before.get("db-1"));
    assertThat(snapshots.served(proxies.get(1)))
        .as("the proxies changed to one render by one refresh share its publication")
        .isSameAs(snapshots.served(proxies.get(0)));
    assertThat(snapshots.served(proxies.get(0)).resources().toString()).contains("300");
    assertThat(snapshots.served(proxies.get(2)).resources().toString()).doesNotContain("300");
    assertThat(snapshots.failures()).isZero();
  }

  @Test
  void deletingThePatchGoesBackToTheFirstRender() throws Exception {
    XdsStore store = new XdsStore();
    Snapshots snapshots = servingFrom(store);
    ProxyIdentity web = new ProxyIdentity("default", "web", "demo", Map.of(), false, false);
    store.putProxy(web);
    String first = snapshots.served(web).version();
    JsonNode breakers = patch("breakers", "{kind: Mesh}", 2048);
    store.accept(Operation.CREATE, breakers, null);
    String patched = snapshots.served(web).version();
    store.accept(Operation.DELETE, null, breakers);
    String deleted = snapshots.served(web).version();

    assertThat(patched).isNotEqualTo(first);
    assertThat(deleted).isNotEqualTo(patched);
    assertThat(snapshots.served(web).resources().toString()).doesNotContain("2048");
  }

  @Test
  void changesWhileARefreshRunsAreRenderedOnceAfterIt() throws Exception {
    XdsStore store = new XdsStore();
    Snapshots snapshots = of(store);
    store.onChange(snapshots::request);
    ProxyIdentity web = new ProxyIdentity("default", "web", "demo", Map.of(), false, false);
    store.putProxy(web);
    long before = snapshots.successes();
    assertThat(before).isEqualTo(1);

    // A refresh holds the monitor of its Snapshots: while the test holds it, the refresh thread
    // cannot render, and the 50 changes made meanwhile must wait for it and be coalesced.
    synchronized (snapshots) {
      for (int i = 1; i <= 50; i++) {
        store.accept(Operation.UPDATE, patch("breakers", "{kind: Mesh}", 1000 + i), null);
      }
    }

    assertThat(snapshots.served(web).resources().toString()).contains("1050");
    assertThat(snapshots.successes() - before).as("renders for 50 changes").isBetween(1L, 2L);
    assertThat(snapshots.failures()).isZero();
  }

  @Test
  void heldRefreshesAreDoneOnceOnRelease() throws Exception {
    XdsStore store = new XdsStore();
    SimpleCache<String> cache = new SimpleCache<>(n -> n.getId());
    Snapshots snapshots =
        new Snapshots(
            cache,
            new ProxyRenderer(
                PassthroughOptions.defaults(), new PolicySelection(new PolicyRoles(Set.of()))),
            store);
    store.onChange(snapshots::request);
    snapshots.hold();
    ProxyIdentity web = new ProxyIdentity("default", "web", "demo", Map.of(), false, false);
    ProxyIdentity db = new ProxyIdentity("default", "db", "demo", Map.of(), false, false);
    store.putProxy(web);
    store.putProxy(db);
    Thread.sleep(300);
    assertThat(cache.getSnapshot(web.nodeId())).as("nothing rendered while held").isNull();

    snapshots.release();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (cache.getSnapshot(db.nodeId()) == null) {
      assertThat(System.nanoTime()).as("rendered after the release").isLessThan(deadline);
      Thread.sleep(10);
    }
    assertThat(snapshots.successes()).as("one refresh of the two proxies").isEqualTo(2);
    assertThat(cache.getSnapshot(web.nodeId())).isSameAs(cache.getSnapshot(db.nodeId()));
    snapshots.close();
  }

  @Test
  void aReaderGetsWhatItAskedForWhileHeld() {
    XdsStore store = new XdsStore();
    Snapshots snapshots = of(store);
    store.onChange(snapshots::request);
    snapshots.hold();
    ProxyIdentity web = new ProxyIdentity("default", "web", "demo", Map.of(), false, false);
    store.putProxy(web);
    assertThat(snapshots.served(web)).isNotNull();
    snapshots.close();
  }
}
