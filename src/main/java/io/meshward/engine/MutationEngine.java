package io.meshward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.DiffFlags;
import io.fabric8.zjsonpatch.JsonDiff;
import io.meshward.core.Change;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.policy.KindNormalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * {@code MutationEngine} normalizes Kuma objects: it repairs spellings Kuma would read differently
 * from what the user meant (see {@link StandardNormalizers}) and returns the normalized object, the
 * minimal RFC 6902 patch that produces it and one {@link io.meshward.core.Change} per repair.
 *
 * <p>The normalizers edit a deep copy of the raw JSON tree; the patch is the difference between the
 * raw incoming tree and that copy, so unknown fields and key order are untouched and nothing else
 * appears in the patch. Normalizing is idempotent: the normalized object normalizes to itself (no
 * patch).
 *
 * <p>Only CREATE and UPDATE objects are normalized; DELETE and CONNECT never get a patch. Objects
 * of kinds meshward does not know are left alone. An object that cannot be decoded (or whose
 * normalization fails) is returned unchanged with a problem saying why. {@link #mutate} never
 * throws for bad input.
 */
public final class MutationEngine {

  private static final EnumSet<DiffFlags> DIFF_FLAGS =
      EnumSet.of(
          DiffFlags.OMIT_MOVE_OPERATION,
          DiffFlags.OMIT_COPY_OPERATION,
          DiffFlags.OMIT_VALUE_ON_REMOVE);

  private final Map<String, List<KindNormalizer>> normalizers;

  /**
   * @param normalizers the normalizers of each kind, by kind name, in the order they run
   */
  public MutationEngine(Map<String, List<KindNormalizer>> normalizers) {
    this.normalizers = Map.copyOf(normalizers);
  }

  /** The engine with the {@link StandardNormalizers}. */
  public static MutationEngine standard() {
    return new MutationEngine(StandardNormalizers.create());
  }

  /**
   * Normalizes the object of {@code input}. {@code dryRun} makes no difference: normalizing has no
   * side effects.
   */
  public Mutation mutate(AdmissionInput input) {
    Operation op = input.operation();
    if (op != Operation.CREATE && op != Operation.UPDATE) {
      return unchanged(null, List.of());
    }
    return normalize(input.object());
  }

  /**
   * Normalizes {@code object} as if it were being created (what {@code meshward check --fix}
   * writes).
   */
  public Mutation normalize(JsonNode object) {
    if (object == null || !object.isObject()) {
      return unchanged(object, List.of());
    }
    KumaResource resource = KumaResource.of(object);
    List<KindNormalizer> kindNormalizers = normalizers.get(resource.kind());
    if (kindNormalizers == null || KumaKind.of(resource.kind()).isEmpty()) {
      return unchanged(object, List.of());
    }
    String shapeError = ObjectShape.error(resource);
    if (shapeError != null) {
      return unchanged(object, List.of(notNormalized(resource, shapeError)));
    }
    ObjectNode copy = ((ObjectNode) object).deepCopy();
    List<Change> changes = new ArrayList<>();
    try {
      for (KindNormalizer normalizer : kindNormalizers) {
        normalizer.normalize(copy, changes);
      }
    } catch (RuntimeException e) {
      return unchanged(object, List.of(notNormalized(resource, "normalizing failed: " + e)));
    }
    if (changes.isEmpty()) {
      return unchanged(object, List.of());
    }
    ArrayNode patch = (ArrayNode) JsonDiff.asJson(object, copy, DIFF_FLAGS);
    return new Mutation(copy, patch, changes, List.of());
  }

  private static Mutation unchanged(JsonNode object, List<String> problems) {
    return new Mutation(object, Json.MAPPER.createArrayNode(), List.of(), problems);
  }

  private static String notNormalized(KumaResource resource, String why) {
    return "not normalized " + resource.ref() + ": " + why;
  }
}
