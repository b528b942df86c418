package io.meshward.policy.jsonpatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.core.Violations;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code JsonPatchRules} checks a list of RFC 6902 patch blocks ({@code {op, path, from, value}})
 * like Kuma's {@code ValidateJsonPatchBlock}: a known {@code op}, {@code from} exactly for
 * move/copy, {@code value} exactly for add/replace, and a {@code path} that is given and, for
 * remove, is not the document root. An explicit {@code null} counts as absent; a block or {@code
 * op} of the wrong JSON type is left to the schema check.
 */
public final class JsonPatchRules {

  /** The operations Kuma accepts, in the order its message lists them. */
  public static final List<String> OPERATIONS = List.of("add", "remove", "replace", "move", "copy");

  private static final List<String> FROM_OPS = List.of("move", "copy");
  private static final List<String> VALUE_OPS = List.of("add", "replace");

  private JsonPatchRules() {}

  /**
   * Validates the blocks {@code patches} found at {@code path} (e.g. {@code
   * spec.default.appendModifications[0].cluster.jsonPatches}).
   *
   * @param patches the raw list; anything but an array is left alone
   * @param path where the list sits
   * @param out where violations go
   */
  public static void validate(JsonNode patches, FieldPath path, Violations out) {
    if (patches == null || !patches.isArray()) {
      return;
    }
    if (patches.isEmpty()) {
      out.add(path, "must not be empty");
    }
    for (int i = 0; i < patches.size(); i++) {
      validateBlock(patches.get(i), path.index(i), out);
    }
  }

  private static void validateBlock(JsonNode block, FieldPath path, Violations out) {
    if (!block.isObject()) {
      return;
    }
    JsonNode opNode = block.path("op");
    if (isSet(opNode) && !opNode.isTextual()) {
      return;
    }
    String op = opNode.asText("");
    if (!OPERATIONS.contains(op)) {
      out.add(path.field("op"), "\"op\" must be one of " + quoted(OPERATIONS));
    }
    checkOpField(block, "from", op, FROM_OPS, path, out);
    checkOpField(block, "value", op, VALUE_OPS, path, out);
    JsonNode target = block.path("path");
    if (!isSet(target)) {
      out.add(path.field("path"), "must be defined");
    } else if (target.isTextual()
        && (target.asText().isEmpty() || target.asText().equals("/"))
        && op.equals("remove")) {
      out.add(path.field("path"), "root path cannot be removed");
    }
  }

  private static void checkOpField(
      JsonNode block, String field, String op, List<String> ops, FieldPath path, Violations out) {
    boolean set = isSet(block.path(field));
    if (ops.contains(op) && !set) {
      out.add(
          path.field(field),
          "\"" + field + "\" must not be empty when \"op\" is one of " + quoted(ops));
    } else if (!ops.contains(op) && set) {
      out.add(
          path.field(field),
          "\"" + field + "\" is allowed only when \"op\" is one of " + quoted(ops));
    }
  }

  private static boolean isSet(JsonNode node) {
    return !node.isMissingNode() && !node.isNull();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
  }
}
