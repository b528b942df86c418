package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.engine.AdmissionInput;
import io.meshward.engine.StandardValidators;
import io.meshward.engine.ValidationEngine;
import io.meshward.engine.Verdict;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.guard.TrafficGuards;
import io.meshward.policy.PolicyRoles;
import io.meshward.schema.JsonSchemaCheck;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A MeshProxyPatch modification aimed at the passthrough resources that selects none is a warning.
 */
class InertModificationsTest {

  private final XdsStore store = new XdsStore();
  private final PolicySelection selection = new PolicySelection(new PolicyRoles(Set.of()));
  private final ValidationEngine engine =
      new ValidationEngine(
          JsonSchemaCheck.fromClasspath(),
          StandardValidators.create(new ProtoEnvoyValueParser(false)),
          new PolicyRoles(Set.of("kuma-system")),
          null,
          TrafficGuards.unverified(),
          List.of(
              new RenderCheck(
                  new ProxyRenderer(PassthroughOptions.defaults(), selection), selection, store)));

  private static JsonNode yaml(String text) {
    try {
      return Json.YAML.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode patch(String modifications) {
    return yaml(
        """
        apiVersion: kuma.io/v1alpha1
        kind: MeshProxyPatch
        metadata:
          name: candidate
          namespace: kuma-system
          labels: {kuma.io/mesh: default}
        spec:
          targetRef: {kind: Mesh}
          default:
            appendModifications:
        %s"""
            .formatted(modifications.indent(6)));
  }

  private List<String> warnings(String modifications) {
    Verdict verdict =
        engine.validate(
            new AdmissionInput(Operation.CREATE, patch(modifications), null, false, "alice"));
    assertThat(verdict.allowed()).as(verdict.message()).isTrue();
    // The live-traffic guards' "not verified" warnings are not what this test is about.
    return verdict.warnings().stream().filter(w -> !w.contains("was not verified")).toList();
  }

  private static String clusterPatch(String match) {
    return """
        - cluster:
            operation: Patch
            match: %s
            value: "connectTimeout: 3s"
        """
        .formatted(match);
  }

  @Test
  void aMisspelledPassthroughClusterNameIsReportedWithTheNameMeant() {
    assertThat(warnings(clusterPatch("{name: outbound:passthrough:ipv7}")))
        .singleElement()
        .asString()
        .startsWith(
            "spec.default.appendModifications[0].cluster.match: selects no cluster on a"
                + " representative proxy of mesh default, so this modification does nothing;"
                + " did you mean \"outbound:passthrough:ipv4\"?")
        .endsWith(
            "(clusters there: inbound:passthrough:ipv4, outbound:passthrough:ipv4,"
                + " self_transparentproxy_no_destination_inbound)");
  }

  @Test
  void aMatchingModificationOrOneAimedAtAServiceIsNotReported() {
    assertThat(warnings(clusterPatch("{name: outbound:passthrough:ipv4}"))).isEmpty();
    assertThat(warnings(clusterPatch("{origin: transparent}"))).isEmpty();
    // meshward renders no service clusters, so it cannot tell whether this one matches.
    assertThat(warnings(clusterPatch("{name: backend_svc_8080}"))).isEmpty();
    assertThat(warnings(clusterPatch("{origin: outbound}"))).isEmpty();
    assertThat(warnings(clusterPatch("{name: passthrough-proxy_default_svc_8080}"))).isEmpty();
    // Shaped like Kuma's names, though far from them: aimed, and it selects nothing.
    assertThat(warnings(clusterPatch("{name: outbound:passthru:ipv4}")))
        .singleElement()
        .asString()
        .contains("selects no cluster");
  }

  @Test
  void theRightNameWithTheWrongOriginSelectsNothing() {
    assertThat(warnings(clusterPatch("{name: outbound:passthrough:ipv4, origin: outbound}")))
        .singleElement()
        .asString()
        .contains("[0].cluster.match: selects no cluster")
        .contains(
            "; outbound:passthrough:ipv4 has origin transparent, not outbound (clusters there:");
  }

  @Test
  void aModificationAfterTheOneThatRemovedItsTargetDoesNothing() {
    List<String> warnings =
        warnings(
            """
            - cluster:
                operation: Remove
                match: {origin: transparent}
            """
                + clusterPatch("{name: outbound:passthrough:ipv4}"));
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("spec.default.appendModifications[1].cluster.match: selects no cluster")
        .contains("or an earlier modification does")
        .doesNotContain("clusters there");
  }

  @Test
  void aMeshWithoutOutboundPassthroughHasNoClusterToPatch() {
    assertThat(
            store.accept(
                Operation.CREATE,
                yaml(
                    """
                    apiVersion: kuma.io/v1alpha1
                    kind: Mesh
                    metadata: {name: default}
                    spec: {networking: {outbound: {passthrough: false}}}
                    """),
                null))
        .isTrue();
    assertThat(warnings(clusterPatch("{name: outbound:passthrough:ipv4}")))
        .singleElement()
        .asString()
        .contains("there is no outbound passthrough cluster when the Mesh sets")
        .doesNotContain("did you mean");
  }

  @Test
  void filtersMissedOnThePassthroughListenersAreReported() {
    assertThat(
            warnings(
                """
                - networkFilter:
                    operation: AddBefore
                    match: {name: envoy.tcp_proxy, listenerName: outbound:passthrough:ipv4}
                    value: "name: envoy.filters.network.rbac"
                - httpFilter:
                    operation: Remove
                    match: {name: envoy.filters.http.router, origin: transparent}
                - networkFilter:
                    operation: Patch
                    match: {name: envoy.filters.network.tcp_proxy, origin: transparent}
                    value: "name: envoy.filters.network.tcp_proxy"
                """))
        .containsExactly(
            "spec.default.appendModifications[0].networkFilter.match: selects no network filter"
                + " on the listeners it matches on a representative proxy of mesh default, so this"
                + " modification does nothing (filters there: envoy.filters.network.tcp_proxy)",
            "spec.default.appendModifications[1].httpFilter.match: selects no listener with an"
                + " HTTP connection manager on a representative proxy of mesh default, so this"
                + " modification does nothing");
  }

  @Test
  void theApiServerBypassIsNeverSeenByAPatch() {
    assertThat(warnings(clusterPatch("{origin: apiServerBypass}")))
        .singleElement()
        .asString()
        .contains("[0].cluster.match: selects the Kubernetes API-server bypass");
  }

  @Test
  void namesOfProxiesUnlikeTheOnesRenderedAreNotJudged() {
    // The representative proxy is IPv4 with legacy names; others may be dual stack or unified.
    assertThat(warnings(clusterPatch("{name: outbound:passthrough:ipv6}"))).isEmpty();
    assertThat(warnings(clusterPatch("{name: self_transparentproxy_passthrough_outbound_ipv4}")))
        .isEmpty();
  }

  @Test
  void onKnownProxiesAModificationIsReportedOnlyWhenItDoesNothingOnAnyOfThem() {
    store.putProxy(new ProxyIdentity("default", "web", "demo", Map.of("app", "web"), true, false));
    store.putProxy(new ProxyIdentity("default", "db", "demo", Map.of("app", "db"), false, false));
    // Only the dual-stack proxy has it: not reported.
    assertThat(
            warnings(
                """
                - listener:
                    operation: Patch
                    match: {name: outbound:passthrough:ipv6}
                    value: "statPrefix: v6"
                """))
        .isEmpty();
    assertThat(warnings(clusterPatch("{name: outbound:passthrough:ipv44}")))
        .singleElement()
        .asString()
        .contains("selects no cluster on proxy ")
        .contains(" or any other proxy it targets, so this modification does nothing;");
  }
}
