package io.meshward.policy.meshproxypatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violations;
import io.meshward.envoy.EnvoyType;
import io.meshward.policy.PolicyRole;
import io.meshward.policy.PolicyRoles;
import io.meshward.policy.ValidationContext;
import io.meshward.policy.meshproxypatch.FakeEnvoyValueParser.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeshProxyPatchValidatorTest {

  private static final PolicyRoles ROLES =
      new PolicyRoles(Set.of("kuma-system", "kong-mesh-system"));
  private static final String REMOVE_CLUSTER =
      "default: {appendModifications: [{cluster: {operation: Remove}}]}\n";

  private final FakeEnvoyValueParser parser =
      new FakeEnvoyValueParser(Set.of("conectTimeout", "nme"));
  private final List<String> warnings = new ArrayList<>();

  private record Result(List<String> violations, List<String> warnings) {}

  private Result run(String namespace, Map<String, String> labels, String spec) {
    ObjectNode object = Json.MAPPER.createObjectNode();
    object.put("apiVersion", "kuma.io/v1alpha1").put("kind", "MeshProxyPatch");
    ObjectNode metadata = object.putObject("metadata").put("name", "mpp");
    if (namespace != null) {
      metadata.put("namespace", namespace);
    }
    ObjectNode labelNode = metadata.putObject("labels");
    labels.forEach(labelNode::put);
    if (spec != null) {
      object.set("spec", yaml(spec));
    }
    KumaResource resource = KumaResource.of(object);
    return validate(
        new ValidationContext(resource, null, Operation.CREATE, ROLES.roleOf(resource)));
  }

  private Result validate(ValidationContext ctx) {
    Violations violations = new Violations("meshproxypatch");
    new MeshProxyPatchValidator(parser).validate(ctx, violations, warnings);
    return new Result(
        violations.list().stream().map(v -> v.field() + ": " + v.message()).toList(), warnings);
  }

  private Result system(String spec) {
    return run("kuma-system", Map.of(), spec);
  }

  private static JsonNode yaml(String text) {
    try {
      return Json.YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String targetRef(String kind) {
    String name = kind.equals("Mesh") || kind.equals("MeshSubset") ? "" : ", name: backend";
    return "targetRef: {kind: " + kind + name + "}\n";
  }

  @Test
  void kindIsMeshProxyPatch() {
    assertThat(new MeshProxyPatchValidator(parser).kind()).isEqualTo("MeshProxyPatch");
  }

  // --- top-level targetRef per policy role ---

  @ParameterizedTest
  @ValueSource(strings = {"Mesh", "Dataplane", "MeshSubset", "MeshService", "MeshServiceSubset"})
  void kindsAllowedForEveryRole(String kind) {
    assertThat(system(targetRef(kind) + REMOVE_CLUSTER).violations()).isEmpty();
    assertThat(run("payments", Map.of(), targetRef(kind) + REMOVE_CLUSTER).violations()).isEmpty();
  }

  @Test
  void meshGatewayOnlyForTheSystemRole() {
    String spec = targetRef("MeshGateway") + REMOVE_CLUSTER;
    assertThat(system(spec).violations()).isEmpty();
    assertThat(run("kong-mesh-system", Map.of(), spec).violations()).isEmpty();
    assertThat(run("payments", Map.of(), spec).violations())
        .containsExactly("spec.targetRef.kind: value 'MeshGateway' is not supported");
    // Kuma's defaulter overwrites the role label of local policies: a written label does not count
    assertThat(run("payments", Map.of(KumaResource.POLICY_ROLE_LABEL, "system"), spec).violations())
        .containsExactly("spec.targetRef.kind: value 'MeshGateway' is not supported");
    assertThat(
            run("kuma-system", Map.of(KumaResource.POLICY_ROLE_LABEL, "consumer"), spec)
                .violations())
        .isEmpty();
    // ... but a policy synced from the global control plane keeps the role it was given there.
    assertThat(
            run(
                    "kuma-system",
                    Map.of(KumaResource.POLICY_ROLE_LABEL, "consumer", "kuma.io/origin", "global"),
                    spec)
                .violations())
        .containsExactly("spec.targetRef.kind: value 'MeshGateway' is not supported");
  }

  @Test
  void noRoleMeansSystem() {
    KumaResource resource =
        KumaResource.of(
            yaml(
                "kind: MeshProxyPatch\nspec:\n  "
                    + targetRef("MeshGateway")
                    + "  "
                    + REMOVE_CLUSTER));
    assertThat(validate(new ValidationContext(resource, null, Operation.CREATE, null)).violations())
        .isEmpty();
    assertThat(TopLevelTargetRefRules.supportedKinds(PolicyRole.PRODUCER))
        .doesNotContain(io.meshward.policy.targetref.TargetRefKind.MESH_GATEWAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MeshHTTPRoute", "MeshExternalService", "MeshMultiZoneService"})
  void kindsRejectedForEveryRole(String kind) {
    String spec = targetRef(kind) + REMOVE_CLUSTER;
    String message = "spec.targetRef.kind: value '" + kind + "' is not supported";
    assertThat(system(spec).violations()).containsExactly(message);
    assertThat(run("payments", Map.of(), spec).violations()).containsExactly(message);
  }

  @Test
  void targetRefRulesApplyPerKind() {
    assertThat(
            system("targetRef: {kind: Mesh, name: m, sectionName: s}\n" + REMOVE_CLUSTER)
                .violations())
        .containsExactly(
            "spec.targetRef.name: using name with kind Mesh is not yet supported",
            "spec.targetRef.sectionName: must not be set with kind Mesh");
    assertThat(
            system(
                    "targetRef: {kind: Dataplane, labels: {app: a}, sectionName: http}\n"
                        + REMOVE_CLUSTER)
                .violations())
        .containsExactly("spec.targetRef.sectionName: can only be used with inbound policies");
    assertThat(
            system(
                    "targetRef: {kind: MeshGateway, name: gw, tags: {listener: one}}\n"
                        + REMOVE_CLUSTER)
                .violations())
        .containsExactly("spec.targetRef.tags: must not be set with kind MeshGateway");
    assertThat(system("targetRef: {}\n" + REMOVE_CLUSTER).violations())
        .containsExactly("spec.targetRef.kind: must be defined");
  }

  @Test
  void absentOrNullTargetRefIsNotChecked() {
    assertThat(system(REMOVE_CLUSTER).violations()).isEmpty();
    assertThat(system("targetRef: null\n" + REMOVE_CLUSTER).violations()).isEmpty();
  }

  @Test
  void targetRefViolationsComeFirst() {
    assertThat(system("targetRef: {kind: Unknown}\ndefault: {}").violations())
        .containsExactly(
            "spec.targetRef.kind: value 'Unknown' is not supported",
            "spec.default.appendModifications: must not be empty");
  }

  // --- warnings (Kuma's deprecations are the engine's: DeprecationWarningsTest) ---

  @ParameterizedTest
  @ValueSource(strings = {"Mesh", "Dataplane", "MeshGateway"})
  void currentKindsDoNotWarn(String kind) {
    assertThat(system(targetRef(kind) + REMOVE_CLUSTER).warnings()).isEmpty();
  }

  @Test
  void unknownEnvoyFieldsWarnWithTheModificationPath() {
    Result result =
        system(
            """
            targetRef: {kind: Mesh}
            default:
              appendModifications:
              - cluster:
                  operation: Add
                  value: "{name: a, conectTimeout: 5s}"
              - httpFilter:
                  operation: Patch
                  match: {name: envoy.filters.http.router}
                  value: "{nme: x, conectTimeout: 1s}"
            """);
    assertThat(result.violations()).isEmpty();
    assertThat(result.warnings())
        .containsExactly(
            "spec.default.appendModifications[0].cluster.value: unknown field \"conectTimeout\""
                + " is ignored by Kuma",
            "spec.default.appendModifications[1].httpFilter.value: unknown field \"nme\" is"
                + " ignored by Kuma",
            "spec.default.appendModifications[1].httpFilter.value: unknown field"
                + " \"conectTimeout\" is ignored by Kuma");
  }

  @Test
  void unknownEnvoyFieldsWarn() {
    Result result =
        system(
            targetRef("MeshService")
                + "default: {appendModifications: [{listener: {operation: Add, value: 'nme: x'}}]}");
    assertThat(result.warnings())
        .containsExactly(
            "spec.default.appendModifications[0].listener.value: unknown field \"nme\" is ignored"
                + " by Kuma");
  }

  // --- how values are parsed ---

  @Test
  void addedValuesAreCheckedWithConstraintsPatchesWithout() {
    system(
        """
        default:
          appendModifications:
          - cluster: {operation: Add, value: 'name: c'}
          - listener: {operation: Patch, value: 'name: l'}
          - virtualHost: {operation: Add, value: 'name: v'}
          - networkFilter: {operation: AddFirst, value: 'name: n1'}
          - networkFilter: {operation: AddLast, value: 'name: n2'}
          - httpFilter: {operation: AddBefore, match: {name: x}, value: 'name: h1'}
          - httpFilter: {operation: AddAfter, match: {name: x}, value: 'name: h2'}
          - httpFilter: {operation: Patch, match: {name: x}, value: 'name: h3'}
          - cluster: {operation: Remove, value: 'name: r'}
          - cluster: {operation: Patch, value: 'name: both', jsonPatches: [{op: remove, path: /a}]}
        """);
    assertThat(parser.calls())
        .containsExactly(
            new Call(EnvoyType.CLUSTER, "name: c", true),
            new Call(EnvoyType.LISTENER, "name: l", false),
            new Call(EnvoyType.VIRTUAL_HOST, "name: v", true),
            new Call(EnvoyType.NETWORK_FILTER, "name: n1", true),
            new Call(EnvoyType.NETWORK_FILTER, "name: n2", true),
            new Call(EnvoyType.HTTP_FILTER, "name: h1", true),
            new Call(EnvoyType.HTTP_FILTER, "name: h2", true),
            new Call(EnvoyType.HTTP_FILTER, "name: h3", false));
  }

  @Test
  void invalidValuesReportTheParserError() {
    assertThat(
            system(
                    """
                    default:
                      appendModifications:
                      - virtualHost: {operation: Patch, match: {name: v}, value: '{'}
                      - networkFilter: {operation: AddLast, value: '{'}
                    """)
                .violations())
        .containsExactly(
            "spec.default.appendModifications[0].virtualHost.value: native Envoy resource is not"
                + " valid: unexpected EOF",
            "spec.default.appendModifications[1].networkFilter.value: native Envoy resource is not"
                + " valid: unexpected EOF");
  }

  // --- appendModifications and items ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "default: {}",
        "default: {appendModifications: []}",
        "default: {appendModifications: null}",
        "targetRef: {kind: Mesh}"
      })
  void appendModificationsMustNotBeEmpty(String spec) {
    assertThat(system(spec).violations())
        .containsExactly("spec.default.appendModifications: must not be empty");
  }

  @Test
  void missingSpecMeansNoModifications() {
    assertThat(run("kuma-system", Map.of(), null).violations())
        .containsExactly("spec.default.appendModifications: must not be empty");
  }

  @Test
  void exactlyOneModificationPerItem() {
    assertThat(
            system(
                    """
                    default:
                      appendModifications:
                      - {}
                      - {foo: {operation: Add}}
                      - {cluster: null, listener: {operation: Remove}}
                      - {cluster: {operation: Remove}, virtualHost: {operation: Remove}}
                    """)
                .violations())
        .containsExactly(
            "spec.default.appendModifications[0]: exactly one modification can be defined at a"
                + " time. Currently, 0 modifications are defined",
            "spec.default.appendModifications[1]: exactly one modification can be defined at a"
                + " time. Currently, 0 modifications are defined",
            "spec.default.appendModifications[3]: exactly one modification can be defined at a"
                + " time. Currently, 2 modifications are defined");
  }

  // --- cluster / listener / virtualHost ---

  @Test
  void resourceRules() {
    assertThat(
            system(
                    """
                    default:
                      appendModifications:
                      - listener: {operation: Add, match: {origin: inbound}, value: 'name: l'}
                      - listener: {operation: Add, jsonPatches: [{op: bogus}]}
                      - virtualHost: {operation: Add, match: {name: v, routeConfigurationName: r}, value: 'name: v'}
                      - virtualHost: {operation: Add, match: {routeConfigurationName: r, origin: o}, value: 'name: v'}
                      - cluster: {operation: Remove, jsonPatches: [{op: bogus}]}
                      - listener: {value: 'name: l'}
                      - cluster: {operation: add, value: 'name: c'}
                      - virtualHost: {operation: Patch, match: {name: v}, jsonPatches: []}
                    """)
                .violations())
        .containsExactly(
            "spec.default.appendModifications[0].listener.match: must not be defined",
            "spec.default.appendModifications[1].listener.value: must be defined",
            "spec.default.appendModifications[2].virtualHost.match.name: must not be defined",
            "spec.default.appendModifications[5].listener.operation: invalid operation. Available"
                + " operations: \"Add\", \"Patch\", \"Remove\"",
            "spec.default.appendModifications[6].cluster.operation: invalid operation. Available"
                + " operations: \"Add\", \"Patch\", \"Remove\"",
            "spec.default.appendModifications[7].virtualHost: virtualHost must have exactly one"
                + " defined: value, jsonPatches");
  }

  @Test
  void patchWithJsonPatchesUsesTheJsonPatchRules() {
    assertThat(
            system(
                    """
                    default:
                      appendModifications:
                      - listener:
                          operation: Patch
                          jsonPatches:
                          - {op: remove, path: /}
                          - {op: copy, path: /a}
                    """)
                .violations())
        .containsExactly(
            "spec.default.appendModifications[0].listener.jsonPatches[0].path: root path cannot be"
                + " removed",
            "spec.default.appendModifications[0].listener.jsonPatches[1].from: \"from\" must not be"
                + " empty when \"op\" is one of [\"move\", \"copy\"]");
  }

  // --- networkFilter / httpFilter ---

  @Test
  void filterRules() {
    assertThat(
            system(
                    """
                    default:
                      appendModifications:
                      - networkFilter: {operation: AddBefore, value: 'name: n'}
                      - httpFilter: {operation: AddAfter, match: {listenerName: l}}
                      - networkFilter: {operation: Patch, match: {name: null}}
                      - httpFilter: {operation: Remove, value: 'name: h'}
                      - httpFilter: {operation: Add, value: 'name: h'}
                      - networkFilter: {operation: Remove, match: {name: n}}
                      - httpFilter: {operation: AddFirst, match: {name: h}}
                    """)
                .violations())
        .containsExactly(
            "spec.default.appendModifications[0].networkFilter.match.name: must be defined. You"
                + " need to pick a filter before which this one will be added",
            "spec.default.appendModifications[1].httpFilter.match.name: must be defined. You need"
                + " to pick a filter after which this one will be added",
            "spec.default.appendModifications[1].httpFilter.value: must be defined",
            "spec.default.appendModifications[2].networkFilter.match.name: must be defined",
            "spec.default.appendModifications[2].networkFilter: networkFilter must have exactly"
                + " one defined: value, jsonPatches",
            "spec.default.appendModifications[3].httpFilter.value: must not be defined",
            "spec.default.appendModifications[4].httpFilter.operation: invalid operation."
                + " Available operations: \"AddFirst\", \"AddLast\", \"AddBefore\", \"AddAfter\","
                + " \"Patch\", \"Remove\"",
            "spec.default.appendModifications[6].httpFilter.value: must be defined");
  }

  // --- wrong JSON types never throw ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "default: []",
        "default: {appendModifications: {cluster: {operation: Add}}}",
        "default: {appendModifications: [text, 3, [], null]}",
        "default: {appendModifications: [{cluster: text}, {httpFilter: [1]}]}",
        "default: {appendModifications: [{cluster: {operation: 5}}, {listener: {operation: [Add]}}]}",
        "default: {appendModifications: [{cluster: {operation: Add, value: {name: c}}}]}",
        "default: {appendModifications: [{cluster: {operation: Patch, value: 7}}]}",
        "default: {appendModifications: [{networkFilter: {operation: AddBefore, match: text, value: 'a: b'}}]}",
        "default: {appendModifications: [{virtualHost: {operation: Add, match: [name], value: 'a: b'}}]}",
        "default: {appendModifications: [{cluster: {operation: Patch, jsonPatches: text}}]}",
        "default: {appendModifications: [{cluster: {operation: Patch, jsonPatches: [text, {op: 1}]}}]}",
        "targetRef: text\n" + REMOVE_CLUSTER,
        "targetRef: {kind: 3}\n" + REMOVE_CLUSTER,
        "targetRef: {kind: Mesh, tags: [a], proxyTypes: text}\n" + REMOVE_CLUSTER,
      })
  void wrongTypesAreLeftToTheSchema(String spec) {
    assertThatCode(() -> assertThat(system(spec).violations()).isEmpty())
        .doesNotThrowAnyException();
  }

  @Test
  void specOfTheWrongTypeIsSkipped() {
    KumaResource resource = KumaResource.of(yaml("kind: MeshProxyPatch\nspec: [1]"));
    assertThat(
            validate(new ValidationContext(resource, null, Operation.CREATE, PolicyRole.SYSTEM))
                .violations())
        .isEmpty();
  }
}
