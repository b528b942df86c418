package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The features a node advertises belong to its proxy whichever comes first, and survive the
 * Dataplane being stored again (an informer update carries no features).
 */
class XdsStoreFeaturesTest {

  private static final Set<String> STRICT = Set.of(DataplaneFeatures.STRICT_INBOUND_PORTS);

  private static ProxyIdentity dataplane(int port) {
    return ProxyIdentity.of("default", "web", "apps")
        .withInbounds(List.of(new ProxyIdentity.Inbound(port, Map.of("app", "web"))));
  }

  @Test
  void featuresFirstThenTheDataplane() {
    XdsStore store = new XdsStore();
    store.putFeatures("web.apps", STRICT);
    store.putProxy(dataplane(8080));
    assertThat(store.proxy("web.apps").features()).isEqualTo(STRICT);
    // the informer stores the Dataplane again (a new port): the features stay
    store.putProxy(dataplane(9090));
    assertThat(store.proxy("web.apps").features()).isEqualTo(STRICT);
    assertThat(store.proxy("web.apps").inbounds())
        .extracting(ProxyIdentity.Inbound::port)
        .containsExactly(9090);
  }

  @Test
  void theDataplaneFirstThenFeaturesTellTheMeshOnceWhenTheyChange() {
    XdsStore store = new XdsStore();
    List<String> changes = new ArrayList<>();
    store.onChange(changes::add);
    store.putProxy(dataplane(8080));
    store.putFeatures("web.apps", STRICT);
    store.putFeatures("web.apps", STRICT); // every request of the node repeats them
    assertThat(store.proxy("web.apps").features()).isEqualTo(STRICT);
    assertThat(changes).containsExactly("default", "default");
    store.putFeatures("web.apps", Set.of());
    assertThat(store.proxy("web.apps").features()).isEmpty();
    assertThat(changes).hasSize(3);
  }

  @Test
  void aDataplaneUpdateRacingTheNodesFeaturesLosesNeither() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3_000; round++) {
        XdsStore store = new XdsStore();
        store.putProxy(dataplane(8080));
        CyclicBarrier start = new CyclicBarrier(2);
        Future<?> informer =
            pool.submit(
                () -> {
                  start.await();
                  store.putProxy(dataplane(9090));
                  return null;
                });
        Future<?> node =
            pool.submit(
                () -> {
                  start.await();
                  store.putFeatures("web.apps", STRICT);
                  return null;
                });
        informer.get();
        node.get();
        ProxyIdentity stored = store.proxy("web.apps");
        assertThat(stored.features()).as("round %d", round).isEqualTo(STRICT);
        assertThat(stored.inboundPorts()).as("round %d", round).containsExactly(9090);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNodeDoesNotReplaceTheProxyOfItsDataplane() {
    XdsStore store = new XdsStore();
    store.putProxy(dataplane(8080));
    store.putProxyIfAbsent(ProxyIdentity.of("default", "web", "apps"));
    assertThat(store.proxy("web.apps").inboundPorts()).containsExactly(8080);
  }

  @Test
  void featuresOfANodeWithoutAProxyChangeNothingYet() {
    XdsStore store = new XdsStore();
    List<String> changes = new ArrayList<>();
    store.onChange(changes::add);
    store.putFeatures("db.apps", STRICT);
    assertThat(store.proxy("db.apps")).isNull();
    assertThat(changes).isEmpty();
  }
}
