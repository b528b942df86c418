package io.meshward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.zjsonpatch.JsonPatch;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutationEngineTest {

  private final MutationEngine engine = MutationEngine.standard();

  private static JsonNode yaml(String text) throws Exception {
    return Json.YAML.readTree(text);
  }

  private Mutation create(JsonNode object) {
    return engine.mutate(new AdmissionInput(Operation.CREATE, object, null, false));
  }

  /** The "Done when" case. */
  @Test
  void repairsEverySpellingWithOneMinimalPatchAndASecondPassChangesNothing() throws Exception {
    JsonNode written =
        yaml(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshProxyPatch
            metadata:
              name: disable-passthrough
              namespace: kuma-system
            spec:
              default:
                appendModifications:
                - cluster:
                    operation: patch
                    match: {origin: Transparent, name: outbound:passthrough:ipv4}
                    jsonPatches:
                    - {op: Replace, path: /connectTimeout, value: 5s}
                - networkFilter:
                    operation: addfirst
                    match: {name: envoy.tcp_proxy}
                    value: |
                      name: envoy.filters.network.rbac
            """);
    JsonNode canonical =
        yaml(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshProxyPatch
            metadata:
              name: disable-passthrough
              namespace: kuma-system
              labels: {kuma.io/mesh: default}
            spec:
              default:
                appendModifications:
                - cluster:
                    operation: Patch
                    match: {origin: transparent, name: outbound:passthrough:ipv4}
                    jsonPatches:
                    - {op: replace, path: /connectTimeout, value: 5s}
                - networkFilter:
                    operation: AddFirst
                    match: {name: envoy.filters.network.tcp_proxy}
                    value: |
                      name: envoy.filters.network.rbac
              targetRef: {kind: Mesh}
            """);

    Mutation first = create(written);

    assertThat(first.object()).isEqualTo(canonical);
    assertThat(JsonPatch.apply(first.patch(), written)).isEqualTo(canonical);
    assertThat(first.patch()).hasSize(7);
    assertThat(first.warnings())
        .containsExactly(
            "normalized metadata.labels[\"kuma.io/mesh\"]: added \"default\"",
            "normalized spec.targetRef: added {kind: Mesh}",
            "normalized spec.default.appendModifications[0].cluster.operation: \"patch\" -> \"Patch\"",
            "normalized spec.default.appendModifications[0].cluster.match.origin:"
                + " \"Transparent\" -> \"transparent\"",
            "normalized spec.default.appendModifications[0].cluster.jsonPatches[0].op:"
                + " \"Replace\" -> \"replace\"",
            "normalized spec.default.appendModifications[1].networkFilter.operation:"
                + " \"addfirst\" -> \"AddFirst\"",
            "normalized spec.default.appendModifications[1].networkFilter.match.name:"
                + " \"envoy.tcp_proxy\" -> \"envoy.filters.network.tcp_proxy\"");
    Mutation second = create(first.object());
    assertThat(second.changed()).isFalse();
    assertThat(second.warnings()).isEmpty();
  }

  @Test
  void patchTouchesOnlyTheRepairedFieldsAndKeepsKeyOrderAndUnknownFields() throws Exception {
    JsonNode written =
        yaml(
            """
            kind: MeshTimeout
            apiVersion: kuma.io/v1alpha1
            metadata: {name: t, labels: {zzz: "1", kuma.io/mesh: other}, unknownMeta: x}
            spec:
              unknownSpecField: {a: 1}
              to:
              - targetRef: {name: backend, kind: meshservice, extra: true}
                default: {idleTimeout: 20s}
              targetRef: {kind: dataplane, labels: {app: web}}
            """);
    Mutation mutation = create(written);
    assertThat(mutation.patch().toString())
        .isEqualTo(
            "[{\"op\":\"replace\",\"path\":\"/spec/to/0/targetRef/kind\",\"value\":\"MeshService\"},"
                + "{\"op\":\"replace\",\"path\":\"/spec/targetRef/kind\",\"value\":\"Dataplane\"}]");
    assertThat(Json.MAPPER.writeValueAsString(mutation.object()))
        .isEqualTo(
            Json.MAPPER
                .writeValueAsString(written)
                .replace("meshservice", "MeshService")
                .replace("dataplane", "Dataplane"));
  }

  @Test
  void addsTheMeshLabelToExistingLabelsAndLeavesAPresentOneAlone() throws Exception {
    Mutation added =
        create(
            yaml(
                "{kind: MeshRetry, metadata: {name: r, labels: {app: x}},"
                    + " spec: {targetRef: {kind: Mesh}}}"));
    assertThat(added.patch().toString())
        .isEqualTo(
            "[{\"op\":\"add\",\"path\":\"/metadata/labels/kuma.io~1mesh\",\"value\":\"default\"}]");
    Mutation kept =
        create(
            yaml(
                "{kind: MeshRetry, metadata: {name: r, labels: {kuma.io/mesh: ''}},"
                    + " spec: {targetRef: {kind: Mesh}}}"));
    assertThat(kept.changed()).isFalse();
  }

  @Test
  void leavesUnknownSpellingsAndUnknownKindsAsWritten() throws Exception {
    JsonNode written =
        yaml(
            """
            kind: MeshProxyPatch
            metadata: {name: p, labels: {kuma.io/mesh: default}}
            spec:
              targetRef: {kind: MeshServices}
              default:
                appendModifications:
                - cluster: {operation: Upsert, match: {origin: Transparentt}}
                - httpFilter: {operation: Patch, match: {name: envoy.tcp_proxy, listenerName: envoy.router}}
                - listener: {operation: Patch, jsonPatches: [{op: test, path: /a}]}
            """);
    assertThat(create(written).changed()).isFalse();
    assertThat(create(yaml("{kind: TrafficRoute, metadata: {name: t}, spec: {}}")).changed())
        .isFalse();
    assertThat(create(yaml("{kind: Mesh, metadata: {name: default}}")).changed()).isFalse();
  }

  @Test
  void readsDeprecatedFilterNamesPerFilterKind() throws Exception {
    Mutation mutation =
        create(
            yaml(
                """
                kind: MeshProxyPatch
                metadata: {name: p, labels: {kuma.io/mesh: default}}
                spec:
                  targetRef: {kind: Mesh}
                  default:
                    appendModifications:
                    - httpFilter: {operation: Remove, match: {name: envoy.ext_authz}}
                    - networkFilter: {operation: Remove, match: {name: envoy.ext_authz}}
                """));
    assertThat(mutation.object().at("/spec/default/appendModifications/0/httpFilter/match/name"))
        .hasToString("\"envoy.filters.http.ext_authz\"");
    assertThat(mutation.object().at("/spec/default/appendModifications/1/networkFilter/match/name"))
        .hasToString("\"envoy.filters.network.ext_authz\"");
  }

  @Test
  void deleteAndConnectNeverGetAPatch() throws Exception {
    JsonNode object = yaml("{kind: MeshRetry, metadata: {name: r}, spec: {}}");
    for (Operation op : new Operation[] {Operation.DELETE, Operation.CONNECT}) {
      Mutation mutation = engine.mutate(new AdmissionInput(op, object, object, false));
      assertThat(mutation.changed()).isFalse();
      assertThat(mutation.warnings()).isEmpty();
    }
  }

  @Test
  void dryRunIsNormalizedLikeARealRequest() throws Exception {
    JsonNode object = yaml("{kind: MeshRetry, metadata: {name: r}, spec: {}}");
    Mutation real = engine.mutate(new AdmissionInput(Operation.UPDATE, object, object, false));
    Mutation dry = engine.mutate(new AdmissionInput(Operation.UPDATE, object, object, true));
    assertThat(dry).isEqualTo(real);
    assertThat(dry.changed()).isTrue();
  }

  @Test
  void anUndecodableObjectIsLeftUnchangedWithAWarning() throws Exception {
    Mutation mutation =
        create(yaml("{kind: MeshRetry, metadata: {name: r, namespace: ns}, spec: [1]}"));
    assertThat(mutation.changed()).isFalse();
    assertThat(mutation.warnings())
        .containsExactly("not normalized MeshRetry/ns/r: spec is not an object");
  }

  @Test
  void aFailingNormalizerLeavesTheObjectUnchangedWithAWarning() throws Exception {
    MutationEngine failing =
        new MutationEngine(
            Map.of(
                "MeshRetry",
                List.of(
                    (object, changes) -> {
                      throw new IllegalStateException("boom");
                    })));
    JsonNode object = yaml("{kind: MeshRetry, metadata: {name: r}, spec: {}}");
    Mutation mutation = failing.mutate(new AdmissionInput(Operation.CREATE, object, null, false));
    assertThat(mutation.changed()).isFalse();
    assertThat(mutation.object()).isSameAs(object);
    assertThat(mutation.warnings()).singleElement().asString().contains("boom");
  }
}
