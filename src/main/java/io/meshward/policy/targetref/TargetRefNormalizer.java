package io.meshward.policy.targetref;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Change;
import io.meshward.core.FieldPath;
import io.meshward.policy.KindNormalizer;
import java.util.List;
import java.util.Optional;

/**
 * {@code TargetRefNormalizer} repairs the {@code targetRef}s of any targetRef policy kind:
 *
 * <ul>
 *   <li>an absent (or {@code null}) top-level {@code spec.targetRef} becomes {@code {kind: Mesh}},
 *       which is how Kuma reads it ({@code GetTargetRef()} of every policy);
 *   <li>a {@code kind} that differs from a known {@link TargetRefKind} only in letter case is
 *       spelled canonically, at the top level and in every {@code to[]}, {@code from[]} and {@code
 *       rules[]} item.
 * </ul>
 *
 * Anything else (an unknown kind, a {@code targetRef} that is not an object, a missing {@code
 * spec}) is left as written.
 */
public final class TargetRefNormalizer implements KindNormalizer {

  private static final FieldPath SPEC = FieldPath.root("spec");
  private static final List<String> SECTIONS = List.of("to", "from", "rules");

  @Override
  public void normalize(ObjectNode object, List<Change> changes) {
    if (!(object.get("spec") instanceof ObjectNode spec)) {
      return;
    }
    JsonNode top = spec.get("targetRef");
    if (top == null || top.isNull()) {
      spec.putObject("targetRef").put("kind", TargetRefKind.MESH.kindName());
      changes.add(new Change(SPEC.field("targetRef"), "added {kind: Mesh}"));
    } else {
      normalizeKind(top, SPEC.field("targetRef"), changes);
    }
    for (String section : SECTIONS) {
      JsonNode items = spec.get(section);
      if (items == null || !items.isArray()) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode ref = items.get(i).get("targetRef");
        if (ref != null) {
          normalizeKind(ref, SPEC.field(section).index(i).field("targetRef"), changes);
        }
      }
    }
  }

  private static void normalizeKind(JsonNode ref, FieldPath path, List<Change> changes) {
    if (!(ref instanceof ObjectNode node) || !node.path("kind").isTextual()) {
      return;
    }
    String kind = node.get("kind").asText();
    Optional<TargetRefKind> known = canonical(kind);
    if (known.isPresent() && !known.get().kindName().equals(kind)) {
      node.put("kind", known.get().kindName());
      changes.add(Change.replaced(path.field("kind"), kind, known.get().kindName()));
    }
  }

  /** The targetRef kind equal to {@code value} ignoring case. */
  static Optional<TargetRefKind> canonical(String value) {
    for (TargetRefKind kind : TargetRefKind.values()) {
      if (kind.kindName().equalsIgnoreCase(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
