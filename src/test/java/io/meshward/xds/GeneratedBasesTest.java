package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meshward.policy.PolicyRoles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Renders start from kept resources, and only what patches change is checked again. */
class GeneratedBasesTest {

  private final ProxyRenderer renderer =
      new ProxyRenderer(
          PassthroughOptions.defaults(), new PolicySelection(new PolicyRoles(Set.of())));
  private final ProxyIdentity proxy =
      new ProxyIdentity("default", "web", "apps", Map.of("app", "web"), false, false);

  @Test
  void untouchedResourcesAreTheSameMessagesInEveryRender() throws Exception {
    MeshInputs inputs =
        new MeshInputs(
            null,
            List.of(RenderMemoTest.patch("a", "{kind: Mesh}", RenderMemoTest.connectTimeout(3))),
            List.of());
    ResourceSet first = renderer.render(proxy, inputs);
    ResourceSet second = renderer.render(proxy, inputs);
    assertThat(resource(second, "inbound:passthrough:ipv4"))
        .isSameAs(resource(first, "inbound:passthrough:ipv4"));
    assertThat(resource(second, "outbound:passthrough:ipv4").toString()).contains("seconds: 3");
    ResourceSet plain = renderer.render(proxy, new MeshInputs(null, List.of(), List.of()));
    assertThat(resource(plain, "outbound:passthrough:ipv4").toString()).contains("seconds: 10");
  }

  @Test
  void aPatchBreakingAConstraintFailsEveryTime() throws Exception {
    String negative =
        "{cluster: {operation: Patch, match: {name: outbound:passthrough:ipv4},"
            + " jsonPatches: [{op: replace, path: /connectTimeout, value: -1s}]}}";
    MeshInputs inputs =
        new MeshInputs(
            null, List.of(RenderMemoTest.patch("bad", "{kind: Mesh}", negative)), List.of());
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> renderer.render(proxy, inputs))
          .isInstanceOf(XdsException.class)
          .hasMessageStartingWith(
              "invalid resource envoy.config.cluster.v3.Cluster outbound:passthrough:ipv4")
          .hasMessageContaining("ConnectTimeout");
    }
  }

  private static Object resource(ResourceSet set, String name) {
    return set.get(XdsTypes.CLUSTER, name).orElseThrow().resource();
  }
}
