package io.meshward.guard;

import static io.meshward.guard.FixedTrafficSource.always;
import static io.meshward.guard.FixedTrafficSource.idle;
import static io.meshward.guard.FixedTrafficSource.live;
import static io.meshward.guard.GuardEngines.policy;
import static io.meshward.guard.GuardEngines.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Operation;
import io.meshward.engine.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MeshProxyPatch and MeshPassthrough guards. */
class PolicyGuardsTest {

  private static Verdict create(FixedTrafficSource source, String kind, String spec) {
    return run(TrafficGuards.using(source), Operation.CREATE, policy(kind, spec), null);
  }

  private static String patch(String target, String modification) {
    return "targetRef: " + target + "\ndefault:\n  appendModifications:\n  - " + modification;
  }

  @Test
  void clusterRemovesMatchingPassthroughAreDenied() {
    for (String mod :
        new String[] {
          "cluster: {operation: Remove}",
          "cluster: {operation: Remove, match: {origin: transparent}}",
          "cluster: {operation: Remove, match: {name: outbound:passthrough:ipv4}}",
          "cluster: {operation: Remove, match: {name: self_transparentproxy_passthrough_outbound_ipv6}}"
        }) {
      Verdict verdict = create(always(live(1)), "MeshProxyPatch", patch("{kind: Mesh}", mod));
      assertThat(verdict.allowed()).as(mod).isFalse();
      assertThat(verdict.violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.field()).isEqualTo("spec.default.appendModifications[0].cluster");
                assertThat(v.message())
                    .startsWith("removing the outbound passthrough cluster would cut");
              });
    }
  }

  @Test
  void listenerAndTcpProxyRemovesAreDenied() {
    Verdict listener =
        create(
            always(live(1)),
            "MeshProxyPatch",
            patch(
                "{kind: Mesh}",
                "listener: {operation: Remove, match: {name: outbound:passthrough:ipv4}}"));
    assertThat(listener.violations())
        .extracting(v -> v.field())
        .containsExactly("spec.default.appendModifications[0].listener");
    Verdict filter =
        create(
            always(live(1)),
            "MeshProxyPatch",
            patch(
                "{kind: Mesh}",
                "networkFilter: {operation: Remove, match: {name: envoy.filters.network.tcp_proxy,"
                    + " listenerName: outbound:passthrough:ipv4}}"));
    assertThat(filter.violations())
        .extracting(v -> v.field())
        .containsExactly("spec.default.appendModifications[0].networkFilter");
  }

  @Test
  void changesThatLeavePassthroughAloneAreNotAsked() {
    FixedTrafficSource source = always(live(1));
    for (String mod :
        new String[] {
          "cluster: {operation: Remove, match: {name: backend}}",
          "cluster: {operation: Remove, match: {origin: inbound}}",
          "listener: {operation: Remove, match: {name: inbound:10.0.0.1:8080}}",
          "networkFilter: {operation: Remove, match: {name: envoy.filters.network.rbac}}",
          "cluster: {operation: Patch, match: {name: outbound:passthrough:ipv4},"
              + " value: 'connectTimeout: 2s'}"
        }) {
      assertThat(create(source, "MeshProxyPatch", patch("{kind: Mesh}", mod)).allowed())
          .as(mod)
          .isTrue();
    }
    assertThat(source.questions).isEmpty();
  }

  @Test
  void targetsNarrowTheQuestionWhereLabelsAllow() {
    FixedTrafficSource source = always(idle());
    String remove = "cluster: {operation: Remove}";
    create(source, "MeshProxyPatch", patch("{kind: Dataplane, name: web-1}", remove));
    create(
        source, "MeshProxyPatch", patch("{kind: MeshSubset, tags: {kuma.io/zone: east}}", remove));
    create(source, "MeshProxyPatch", patch("{kind: MeshService, name: web}", remove));
    assertThat(source.questions)
        .extracting(TrafficQuestion::selector)
        .containsExactly(Map.of("dataplane", "web-1"), Map.of("kuma_io_zone", "east"), Map.of());
  }

  @Test
  void meshPassthroughNoneAndMatchedAreDeniedWhileTrafficFlows() {
    Verdict none =
        create(
            always(live(1)),
            "MeshPassthrough",
            "targetRef: {kind: Mesh}\ndefault: {passthroughMode: None}");
    assertThat(none.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("spec.default.passthroughMode");
              assertThat(v.message()).startsWith("setting passthroughMode to None would cut");
            });
    Verdict matched =
        create(
            always(live(1)),
            "MeshPassthrough",
            "targetRef: {kind: Mesh}\n"
                + "default: {passthroughMode: Matched, appendMatch: [{type: Domain, value: a.com,"
                + " protocol: tls, port: 443}]}");
    assertThat(matched.message()).contains("meshward cannot tell which destinations");
    assertThat(
            create(
                    always(idle()),
                    "MeshPassthrough",
                    "targetRef: {kind: Mesh}\ndefault: {passthroughMode: None}")
                .allowed())
        .isTrue();
  }

  @Test
  void meshPassthroughAllIsNotAsked() {
    FixedTrafficSource source = always(live(1));
    assertThat(
            create(
                    source,
                    "MeshPassthrough",
                    "targetRef: {kind: Mesh}\ndefault: {passthroughMode: All}")
                .allowed())
        .isTrue();
    assertThat(source.questions).isEmpty();
  }
}
