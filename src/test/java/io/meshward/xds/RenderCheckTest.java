package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.core.Violation;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** MeshProxyPatches whose modifications cannot be applied to their proxies are refused. */
class RenderCheckTest {

  private final XdsStore store = new XdsStore();
  private final PolicySelection selection = new PolicySelection(new PolicyRoles(Set.of()));
  private final ValidationEngine engine = engineOver(store, true);

  /** The webhook's engine with a render check reading {@code source}. */
  private ValidationEngine engineOver(RenderInputs source, boolean denyOnRepresentative) {
    return new ValidationEngine(
        JsonSchemaCheck.fromClasspath(),
        StandardValidators.create(new ProtoEnvoyValueParser(false)),
        new PolicyRoles(Set.of("kuma-system")),
        null,
        TrafficGuards.unverified(),
        List.of(
            new RenderCheck(
                new ProxyRenderer(PassthroughOptions.defaults(), selection),
                selection,
                source,
                denyOnRepresentative)));
  }

  private static JsonNode patch(String name, String targetRef, String modifications) {
    String yaml =
        """
        apiVersion: kuma.io/v1alpha1
        kind: MeshProxyPatch
        metadata:
          name: %s
          namespace: kuma-system
          labels: {kuma.io/mesh: default}
        spec:
          targetRef: %s
          default:
            appendModifications:
        %s"""
            .formatted(name, targetRef, modifications.indent(6));
    try {
      return Json.YAML.readTree(yaml);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String jsonPatch(String op, String path, String value) {
    return """
        - cluster:
            operation: Patch
            match: {name: outbound:passthrough:ipv4}
            jsonPatches:
              - {op: %s, path: %s, value: %s}
        """
        .formatted(op, path, value);
  }

  private Verdict create(JsonNode object) {
    return engine.validate(new AdmissionInput(Operation.CREATE, object, null, false, "alice"));
  }

  @Test
  void replaceOnAMissingPathIsDeniedWithKumasReason() {
    Verdict verdict =
        create(
            patch(
                "bad", "{kind: Mesh}", jsonPatch("replace", "/circuitBreakers/thresholds", "[]")));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.code()).isEqualTo(422);
    assertThat(verdict.violations()).hasSize(1);
    Violation v = verdict.violations().get(0);
    assertThat(v.field()).isEqualTo("spec.default.appendModifications[0]");
    assertThat(v.message())
        .startsWith("could not apply 0 modification: ")
        .contains("/circuitBreakers/thresholds")
        .contains("representative proxy of mesh default");
  }

  @Test
  void aPatchThatAppliesIsAllowed() {
    Verdict verdict =
        create(patch("good", "{kind: Mesh}", jsonPatch("replace", "/connectTimeout", "99s")));
    assertThat(verdict.allowed()).as(verdict.message()).isTrue();
  }

  @Test
  void theFailingModificationIsCountedWithinThePatchAndNamesTheProxy() {
    store.putProxy(new ProxyIdentity("default", "web", "demo", Map.of("app", "web"), false, false));
    store.putProxy(new ProxyIdentity("default", "db", "demo", Map.of("app", "db"), false, false));
    // Stored, valid, applied first (same targetRef kind: name descending).
    JsonNode stored =
        patch(
            "zz",
            "{kind: Mesh}",
            jsonPatch("replace", "/connectTimeout", "9s") + jsonPatch("add", "/altStatName", "x"));
    assertThat(store.accept(Operation.CREATE, stored, null)).isTrue();
    Verdict verdict =
        create(
            patch(
                "aa",
                "{kind: MeshSubset, tags: {app: web}}",
                jsonPatch("replace", "/connectTimeout", "8s")
                    + jsonPatch("replace", "/circuitBreakers/thresholds", "[]")));
    assertThat(verdict.allowed()).isFalse();
    Violation v = verdict.violations().get(0);
    assertThat(v.field()).isEqualTo("spec.default.appendModifications[1]");
    assertThat(v.message())
        .startsWith("could not apply 3 modification: ")
        .endsWith("(on proxy web.demo)");
  }

  @Test
  void aPatchTargetingNoKnownProxyIsCheckedOnARepresentativeOne() {
    store.putProxy(new ProxyIdentity("default", "db", "demo", Map.of("app", "db"), false, false));
    Verdict verdict =
        create(
            patch(
                "web-only",
                "{kind: MeshSubset, tags: {app: web}}",
                jsonPatch("replace", "/circuitBreakers/thresholds", "[]")));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.violations().get(0).message()).contains("representative proxy");
  }

  @Test
  void aResultBreakingEnvoysConstraintsIsDenied() {
    Verdict verdict =
        create(patch("negative", "{kind: Mesh}", jsonPatch("replace", "/connectTimeout", "-1s")));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.violations().get(0).field()).isEqualTo("spec.default.appendModifications");
    assertThat(verdict.violations().get(0).message()).contains("invalid resource");
  }

  @Test
  void aFailureOnlyOnTheRepresentativeProxyIsAWarningByDefault() {
    ValidationEngine warning =
        engineOver(RenderInputs.of(new MeshInputs(null, List.of(), List.of())), false);
    Verdict verdict =
        warning.validate(
            new AdmissionInput(
                Operation.CREATE,
                patch("lenient", "{kind: Mesh}", jsonPatch("replace", "/foo/bar", "baz")),
                null,
                false,
                "alice"));
    assertThat(verdict.allowed()).as(verdict.message()).isTrue();
    assertThat(verdict.warnings())
        .anySatisfy(w -> assertThat(w).contains("representative proxy").contains("not refused"));
  }

  @Test
  void anOutcomeIsReusedOnlyWhileTheStoredConfigurationIsUnchanged() {
    AtomicInteger reads = new AtomicInteger();
    RenderInputs counted =
        new RenderInputs() {
          @Override
          public MeshInputs inputs(String mesh) {
            reads.incrementAndGet();
            return store.inputs(mesh);
          }

          @Override
          public List<ProxyIdentity> proxies(String mesh) {
            return store.proxies(mesh);
          }

          @Override
          public long version() {
            return store.version();
          }
        };
    ValidationEngine counting = engineOver(counted, true);
    JsonNode candidate =
        patch("aa", "{kind: Mesh}", jsonPatch("replace", "/circuitBreakers/thresholds", "[]"));
    AdmissionInput dryRun = new AdmissionInput(Operation.CREATE, candidate, null, true, "alice");
    assertThat(counting.validate(dryRun).allowed()).isFalse();
    // The apply after the dry run: the API server set another uid; the answer is reused.
    JsonNode applied = candidate.deepCopy();
    ((ObjectNode) applied.get("metadata")).put("uid", "3f1c");
    assertThat(
            counting.validate(new AdmissionInput(Operation.CREATE, applied, null, false, "alice")))
        .satisfies(v -> assertThat(v.allowed()).isFalse());
    assertThat(reads).hasValue(1);
    // An equal object stored again changes nothing; another patch changes the answer.
    JsonNode adds =
        patch(
            "zz",
            "{kind: Mesh}",
            jsonPatch("add", "/circuitBreakers", "{thresholds: [{maxConnections: 5}]}"));
    assertThat(store.accept(Operation.CREATE, adds, null)).isTrue();
    assertThat(store.accept(Operation.UPDATE, adds.deepCopy(), adds)).isFalse();
    Verdict after = counting.validate(dryRun);
    assertThat(after.allowed()).as(after.message()).isTrue();
    assertThat(reads).hasValue(2);
    // A large patch is never remembered: the memo's memory stays bounded.
    JsonNode large =
        patch(
            "big",
            "{kind: Mesh}",
            jsonPatch("add", "/altStatName", "\"" + "x".repeat(20_000) + "\""));
    AdmissionInput largeDryRun = new AdmissionInput(Operation.CREATE, large, null, true, "alice");
    counting.validate(largeDryRun);
    counting.validate(largeDryRun);
    assertThat(reads).hasValue(4);
  }

  @Test
  void offlineInputsWork() {
    RenderCheck check =
        new RenderCheck(
            new ProxyRenderer(PassthroughOptions.defaults(), selection),
            selection,
            RenderInputs.of(new MeshInputs(null, List.of(), List.of())));
    assertThat(check.kind()).isEqualTo("MeshProxyPatch");
  }
}
