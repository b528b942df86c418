package io.meshward.policy.targetref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.core.Json;
import io.meshward.core.Violations;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetRefValidatorTest {

  private static final TargetRefOptions ALL =
      TargetRefOptions.supporting(EnumSet.allOf(TargetRefKind.class));

  private static List<String> check(String yaml, TargetRefOptions options) {
    Violations out = new Violations("test");
    TargetRefValidator.validate(node(yaml), FieldPath.root("targetRef"), options, out);
    return out.list().stream().map(v -> v.field() + ": " + v.message()).toList();
  }

  private static List<String> check(String yaml) {
    return check(yaml, ALL);
  }

  private static JsonNode node(String yaml) {
    try {
      return Json.YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void kindMustBeDefined() {
    assertThat(check("{}")).containsExactly("targetRef.kind: must be defined");
    assertThat(check("kind: ''\nname: x")).containsExactly("targetRef.kind: must be defined");
  }

  @Test
  void unsupportedKindNamesTheKindAndStopsThere() {
    TargetRefOptions meshOnly = TargetRefOptions.supporting(Set.of(TargetRefKind.MESH));
    assertThat(check("kind: MeshGateway\nmesh: m", meshOnly))
        .containsExactly("targetRef.kind: value 'MeshGateway' is not supported");
    assertThat(check("kind: Unknown", meshOnly))
        .containsExactly("targetRef.kind: value 'Unknown' is not supported");
    assertThat(check("kind: mesh", meshOnly))
        .containsExactly("targetRef.kind: value 'mesh' is not supported");
  }

  @Test
  void customUnsupportedKindMessage() {
    TargetRefOptions options =
        TargetRefOptions.supporting(Set.of(TargetRefKind.MESH)).withSupportedKindsError("nope");
    assertThat(check("kind: Dataplane", options)).containsExactly("targetRef.kind: nope");
  }

  @Test
  void meshForbidsEverythingButProxyTypes() {
    assertThat(check("kind: Mesh")).isEmpty();
    assertThat(check("kind: Mesh\nproxyTypes: [Sidecar]")).isEmpty();
    assertThat(
            check(
                """
                kind: Mesh
                name: m
                mesh: m
                tags: {a: b}
                labels: {a: b}
                namespace: ns
                sectionName: http
                proxyTypes: []
                """))
        .containsExactly(
            "targetRef.name: using name with kind Mesh is not yet supported",
            "targetRef.mesh: must not be set with kind Mesh",
            "targetRef.tags: must not be set with kind Mesh",
            "targetRef.labels: must not be set with kind Mesh",
            "targetRef.namespace: must not be set with kind Mesh",
            "targetRef.sectionName: must not be set with kind Mesh",
            "targetRef.proxyTypes: must be undefined or have at least one element");
  }

  @Test
  void emptyValuesCountAsNotSet() {
    assertThat(check("kind: Mesh\nname: ''\ntags: {}\nlabels: null\nmesh: null")).isEmpty();
  }

  @Test
  void dataplaneRules() {
    assertThat(check("kind: Dataplane\nlabels: {app: web}")).isEmpty();
    assertThat(check("kind: Dataplane\nname: dp-1\nnamespace: ns")).isEmpty();
    assertThat(
            check(
                """
                kind: Dataplane
                tags: {a: b}
                mesh: m
                proxyTypes: [Sidecar]
                labels: {app: web}
                name: dp-1
                sectionName: http
                """))
        .containsExactly(
            "targetRef.tags: must not be set with kind Dataplane",
            "targetRef.mesh: must not be set with kind Dataplane",
            "targetRef.proxyTypes: must not be set with kind Dataplane",
            "targetRef.labels: either labels or name and namespace must be specified",
            "targetRef.sectionName: can only be used with inbound policies");
    assertThat(check("kind: Dataplane\nlabels: {app: web}\nnamespace: ns"))
        .containsExactly("targetRef.labels: either labels or name and namespace must be specified");
  }

  @Test
  void dataplaneSectionNameIsFineForInboundPolicies() {
    assertThat(check("kind: Dataplane\nsectionName: http", ALL.withInboundPolicy(true))).isEmpty();
  }

  @Test
  void meshSubsetRules() {
    assertThat(check("kind: MeshSubset")).isEmpty();
    assertThat(check("kind: MeshSubset\ntags: {kuma.io/zone: us-east, validTagName: foo}"))
        .isEmpty();
    assertThat(
            check(
                """
                kind: MeshSubset
                name: x
                mesh: m
                tags: {version: v1}
                labels: {a: b}
                namespace: ns
                sectionName: http
                """))
        .containsExactly(
            "targetRef.name: must not be set with kind MeshSubset",
            "targetRef.mesh: must not be set with kind MeshSubset",
            "targetRef.labels: must not be set with kind MeshSubset",
            "targetRef.namespace: must not be set with kind MeshSubset",
            "targetRef.sectionName: must not be set with kind MeshSubset");
  }

  @Test
  void meshSubsetTagsAreValidatedInKeyOrder() {
    assertThat(
            check(
                """
                kind: MeshSubset
                tags:
                  zeta: "a*"
                  "": v
                  "bad*": ok
                  empty: ""
                  slash: "a/b"
                """))
        .containsExactly(
            "targetRef.tags: tag name must be non-empty",
            "targetRef.tags[\"bad*\"]: tag name must consist of alphanumeric characters, dots,"
                + " dashes, slashes and underscores",
            "targetRef.tags[\"empty\"]: tag value must be non-empty",
            "targetRef.tags[\"slash\"]: tag value must consist of alphanumeric characters, dots,"
                + " dashes and underscores",
            "targetRef.tags[\"zeta\"]: tag value must consist of alphanumeric characters, dots,"
                + " dashes and underscores");
  }

  @Test
  void meshServiceRules() {
    assertThat(check("kind: MeshService\nname: backend")).isEmpty();
    assertThat(check("kind: MeshService\nname: backend\nnamespace: ns\nsectionName: http"))
        .isEmpty();
    assertThat(check("kind: MeshService\nlabels: {kuma.io/zone: east}")).isEmpty();
    assertThat(check("kind: MeshService\ntags: {a: b}"))
        .containsExactly(
            "targetRef.tags: must not be set with kind MeshService",
            "targetRef.name: must be set with kind MeshService");
    assertThat(check("kind: MeshService\nname: '*'\nmesh: m\nproxyTypes: [Sidecar]"))
        .containsExactly(
            "targetRef.name: invalid characters: must consist of lower case alphanumeric"
                + " characters, '-', '.' and '_'.",
            "targetRef.mesh: must not be set with kind MeshService",
            "targetRef.proxyTypes: must not be set with kind MeshService");
    assertThat(check("kind: MeshService\nlabels: {a: b}\nname: x\nsectionName: http"))
        .containsExactly(
            "targetRef.labels: either labels or name and namespace must be specified",
            "targetRef.sectionName: sectionName should not be combined with labels");
  }

  @Test
  void nameCharsetAllowsListedExceptions() {
    TargetRefOptions options =
        new TargetRefOptions(
            Set.of(TargetRefKind.MESH_SERVICE), "", false, Set.of("kuma.io/unresolved"), false);
    assertThat(check("kind: MeshService\nname: kuma.io/unresolved", options)).isEmpty();
    assertThat(check("kind: MeshService\nname: Backend", options))
        .containsExactly(
            "targetRef.name: invalid characters: must consist of lower case alphanumeric"
                + " characters, '-', '.' and '_'.");
  }

  @Test
  void meshServiceSubsetRules() {
    assertThat(check("kind: MeshServiceSubset\nname: backend\ntags: {version: v1}")).isEmpty();
    assertThat(check("kind: MeshServiceSubset\ntags: {}"))
        .containsExactly("targetRef.name: must be set with kind MeshServiceSubset");
    assertThat(
            check(
                """
                kind: MeshServiceSubset
                name: '*'
                mesh: m
                proxyTypes: [Sidecar]
                tags: {version: 'v?', any: '*', path: 'a/b'}
                labels: {a: b}
                namespace: ns
                sectionName: http
                """))
        .containsExactly(
            "targetRef.name: invalid characters: must consist of lower case alphanumeric"
                + " characters, '-', '.' and '_'.",
            "targetRef.mesh: must not be set with kind MeshServiceSubset",
            "targetRef.proxyTypes: must not be set with kind MeshServiceSubset",
            "targetRef.tags[\"version\"]: tag value must consist of alphanumeric characters, dots,"
                + " dashes, slashes and underscores or be \"*\"",
            "targetRef.labels: must not be set with kind MeshServiceSubset",
            "targetRef.namespace: must not be set with kind MeshServiceSubset",
            "targetRef.sectionName: must not be set with kind MeshServiceSubset");
  }

  @Test
  void meshGatewayTagsNeedPermission() {
    assertThat(check("kind: MeshGateway\nname: gateway.namespace")).isEmpty();
    assertThat(check("kind: MeshGateway\nname: gw\ntags: {listener: one}"))
        .containsExactly("targetRef.tags: must not be set with kind MeshGateway");
    assertThat(
            check(
                "kind: MeshGateway\nname: gw\ntags: {listener: one}",
                ALL.withGatewayListenerTagsAllowed(true)))
        .isEmpty();
    assertThat(check("kind: MeshGateway"))
        .containsExactly("targetRef.name: must be set with kind MeshGateway");
  }

  @Test
  void meshExternalServiceRules() {
    assertThat(check("kind: MeshExternalService\nname: ext\nnamespace: ns")).isEmpty();
    assertThat(check("kind: MeshExternalService\nlabels: {a: b}\nname: x\nsectionName: s"))
        .containsExactly(
            "targetRef.labels: either labels or name must be specified",
            "targetRef.sectionName: must not be set with kind MeshExternalService");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kind: 5", "kind: [Mesh]", "[]", "just text", "kind: {a: b}"})
  void unreadableTargetRefIsLeftToTheSchema(String yaml) {
    assertThat(check(yaml)).isEmpty();
  }

  @Test
  void wrongTypesInsideReadAsNotSet() {
    assertThatCode(
            () ->
                assertThat(
                        check(
                            "kind: Mesh\nname: 5\ntags: [a]\nlabels: {a: 1}\nproxyTypes: Sidecar"))
                    .isEmpty())
        .doesNotThrowAnyException();
  }

  @Test
  void absentTargetRefIsNotChecked() {
    Violations out = new Violations("test");
    TargetRefValidator.validate(null, FieldPath.root("targetRef"), ALL, out);
    TargetRefValidator.validate(Json.MAPPER.missingNode(), FieldPath.root("targetRef"), ALL, out);
    assertThat(out.isEmpty()).isTrue();
  }
}
