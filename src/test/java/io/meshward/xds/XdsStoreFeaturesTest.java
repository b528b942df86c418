package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  void featuresOfANodeWithoutAProxyChangeNothingYet() {
    XdsStore store = new XdsStore();
    List<String> changes = new ArrayList<>();
    store.onChange(changes::add);
    store.putFeatures("db.apps", STRICT);
    assertThat(store.proxy("db.apps")).isNull();
    assertThat(changes).isEmpty();
  }
}
