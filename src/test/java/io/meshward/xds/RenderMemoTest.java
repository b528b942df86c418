package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.policy.PolicyRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Renders sharing a {@link RenderMemo} equal renders on their own, failures included. */
class RenderMemoTest {

  private final ProxyRenderer renderer =
      new ProxyRenderer(
          PassthroughOptions.defaults(), new PolicySelection(new PolicyRoles(Set.of())));

  static KumaResource patch(String name, String targetRef, String modification) throws Exception {
    return KumaResource.of(
        Json.YAML.readTree(
            """
            type: MeshProxyPatch
            name: %s
            mesh: default
            spec:
              targetRef: %s
              default:
                appendModifications:
                  - %s
            """
                .formatted(name, targetRef, modification)));
  }

  static String connectTimeout(int seconds) {
    return "{cluster: {operation: Patch, match: {name: outbound:passthrough:ipv4},"
        + " jsonPatches: [{op: replace, path: /connectTimeout, value: "
        + seconds
        + "s}]}}";
  }

  private List<ProxyIdentity> proxies() {
    List<ProxyIdentity> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(
          new ProxyIdentity(
              "default", "dp-" + i, "apps", Map.of("app", "svc-" + (i % 3)), i == 5, false));
    }
    return out;
  }

  @Test
  void sharedPrefixesGiveTheSameResourcesAsSeparateRenders() throws Exception {
    MeshInputs inputs =
        new MeshInputs(
            null,
            List.of(
                patch("a", "{kind: Mesh}", connectTimeout(3)),
                patch("b", "{kind: Mesh}", connectTimeout(4)),
                patch("c", "{kind: MeshSubset, tags: {app: svc-1}}", connectTimeout(5)),
                patch("d", "{kind: MeshSubset, tags: {app: svc-2}}", connectTimeout(6))),
            List.of());
    RenderPlan plan = renderer.plan(inputs);
    RenderMemo memo = new RenderMemo();
    for (ProxyIdentity proxy : proxies()) {
      RenderKey key = plan.key(proxy);
      String shared = XdsOutput.yaml(XdsOutput.document(renderer.render(proxy, key, memo)));
      String alone = XdsOutput.yaml(XdsOutput.document(renderer.render(proxy, inputs)));
      assertThat(shared).isEqualTo(alone);
    }
  }

  @Test
  void aFailureKeepsItsIndexInTheWholeListWhenContinuedFromAPrefix() throws Exception {
    String broken =
        "{cluster: {operation: Patch, match: {name: outbound:passthrough:ipv4},"
            + " jsonPatches: [{op: replace, path: /connectTimeout, value: notaduration}]}}";
    MeshInputs inputs =
        new MeshInputs(
            null,
            List.of(
                patch("a", "{kind: Mesh}", connectTimeout(3)),
                patch("b", "{kind: MeshSubset, tags: {app: svc-1}}", broken)),
            List.of());
    RenderPlan plan = renderer.plan(inputs);
    RenderMemo memo = new RenderMemo();
    ProxyIdentity plain = proxies().get(0);
    ProxyIdentity targeted = proxies().get(1);
    renderer.render(plain, plan.key(plain), memo);
    String alone = message(() -> renderer.render(targeted, inputs));
    assertThat(alone).startsWith("could not apply 1 modification: ");
    assertThat(message(() -> renderer.render(targeted, plan.key(targeted), memo))).isEqualTo(alone);
    assertThat(message(() -> renderer.render(targeted, plan.key(targeted), memo))).isEqualTo(alone);
  }

  private interface Render {
    void run() throws Exception;
  }

  private static String message(Render render) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(
            () -> {
              try {
                render.run();
              } catch (Exception e) {
                thrown[0] = e;
                throw e;
              }
            })
        .isInstanceOf(ModificationException.class);
    return thrown[0].getMessage();
  }
}
