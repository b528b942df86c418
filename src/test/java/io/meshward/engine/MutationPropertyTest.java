package io.meshward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.zjsonpatch.JsonPatch;
import io.meshward.core.Change;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violation;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.policy.PolicyRoles;
import io.meshward.schema.JsonSchemaCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of normalization over every Kuma example object and seeded misspelled variants of
 * each: the patch turns the object into the normalized one, a second pass yields no patch, a
 * variant that means what the original means normalizes to the same object, and validation gives
 * the same verdict before and after, unless the normalization repaired a value the CRD schema
 * rejected.
 */
class MutationPropertyTest {

  private static final long SEED = 20261126L;

  private static final MutationEngine ENGINE = MutationEngine.standard();

  private static final JsonSchemaCheck SCHEMA = JsonSchemaCheck.fromClasspath();

  private static final ValidationEngine VALIDATION =
      new ValidationEngine(
          SCHEMA,
          StandardValidators.create(new ProtoEnvoyValueParser(false)),
          new PolicyRoles(Set.of("kong-mesh-system", "kuma-system")),
          null);

  @TestFactory
  Stream<DynamicTest> normalizationIsIdempotentAndKeepsTheVerdict() {
    Random random = new Random(SEED);
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> example : KumaExampleObjects.all().entrySet()) {
      JsonNode original = example.getValue();
      Mutation reference = ENGINE.normalize(original);
      tests.add(DynamicTest.dynamicTest(example.getKey(), () -> check(original)));
      if (!isPolicy(original)) {
        continue;
      }
      for (NormalizationVariants.Variant v : NormalizationVariants.of(original, random)) {
        tests.add(
            DynamicTest.dynamicTest(
                example.getKey() + " [" + v.name() + "]",
                () -> {
                  Mutation mutation = check(v.object());
                  assertThat(mutation.changed()).as("a misspelled variant is repaired").isTrue();
                  if (v.sameMeaning()) {
                    assertThat(mutation.object()).isEqualTo(reference.object());
                  }
                }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(400);
    return tests.stream();
  }

  @Test
  void exampleSetCoversEveryKindOfRepair() {
    Random random = new Random(SEED);
    List<String> repaired = new ArrayList<>();
    for (JsonNode original : KumaExampleObjects.all().values()) {
      for (NormalizationVariants.Variant v : NormalizationVariants.of(original, random)) {
        ENGINE.normalize(v.object()).changes().forEach(c -> repaired.add(c.field().toString()));
      }
    }
    assertThat(repaired)
        .anyMatch(f -> f.equals("spec.targetRef"))
        .anyMatch(f -> f.endsWith("targetRef.kind") && f.startsWith("spec.from"))
        .anyMatch(f -> f.endsWith(".operation"))
        .anyMatch(f -> f.endsWith(".op"))
        .anyMatch(f -> f.endsWith("match.origin"))
        .anyMatch(f -> f.endsWith("match.name"))
        .anyMatch(f -> f.startsWith("metadata.labels"));
  }

  private static boolean isPolicy(JsonNode object) {
    return KumaKind.of(KumaResource.of(object).kind()).map(KumaKind::isPolicy).orElse(false);
  }

  private static Mutation check(JsonNode object) {
    Mutation mutation = ENGINE.normalize(object);
    assertThat(JsonPatch.apply(mutation.patch(), object)).isEqualTo(mutation.object());
    Mutation again = ENGINE.normalize(mutation.object());
    assertThat(again.patch()).as("second pass").isEmpty();
    assertThat(again.warnings()).isEmpty();
    assertSameVerdict(object, mutation);
    return mutation;
  }

  private static void assertSameVerdict(JsonNode before, Mutation mutation) {
    KumaKind kind = KumaKind.of(KumaResource.of(before).kind()).orElse(null);
    Verdict was = validate(before);
    Verdict is = validate(mutation.object());
    List<String> changed = mutation.changes().stream().map(c -> c.field().toString()).toList();
    if (kind != null && crdRejects(kind, before, changed)) {
      assertThat(crdRejects(kind, mutation.object(), changed))
          .as("the CRD schema accepts every repaired value")
          .isFalse();
      return;
    }
    assertThat(is.allowed()).as("allowed").isEqualTo(was.allowed());
    assertThat(is.code()).isEqualTo(was.code());
    assertThat(fields(is.violations())).isEqualTo(fields(was.violations()));
    boolean kindRepaired =
        mutation.changes().stream().map(Change::field).anyMatch(f -> f.toString().endsWith("kind"));
    if (kindRepaired) {
      assertThat(is.warnings()).containsAll(was.warnings());
    } else {
      assertThat(is.warnings()).isEqualTo(was.warnings());
    }
  }

  /** Whether the CRD schema rejects {@code object} at one of {@code fields}. */
  private static boolean crdRejects(KumaKind kind, JsonNode object, List<String> fields) {
    return SCHEMA.validate(kind, object).violations().stream()
        .anyMatch(v -> fields.contains(v.field()));
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::describe).sorted().toList();
  }

  private static Verdict validate(JsonNode object) {
    return VALIDATION.validate(new AdmissionInput(Operation.CREATE, object, null, false));
  }
}
