package io.meshward.policy.targetref;

import io.meshward.core.FieldPath;
import io.meshward.core.Violations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code TagRules} checks Kuma tag maps: {@code ValidateTags} (exact tag values, as in {@code
 * MeshSubset} tags) and {@code ValidateSelector} (selector values, which may also hold slashes or
 * be {@code *}). Keys are checked in byte order, as Kuma sorts them.
 */
public final class TagRules {

  private static final Pattern TAG_NAME = Pattern.compile("^[a-zA-Z0-9.\\-_:/]*$");
  private static final Pattern TAG_VALUE = Pattern.compile("^[a-zA-Z0-9.\\-_:]*$");
  private static final Pattern SELECTOR_VALUE = Pattern.compile("^([a-zA-Z0-9.\\-_:/]*|\\*)$");

  private static final String TAG_VALUE_MESSAGE =
      "tag value must consist of alphanumeric characters, dots, dashes and underscores";
  private static final String SELECTOR_VALUE_MESSAGE =
      "tag value must consist of alphanumeric characters, dots, dashes, slashes and underscores"
          + " or be \"*\"";

  private TagRules() {}

  /** Kuma's {@code ValidateTags}: tag names and exact tag values. */
  public static void validateTags(FieldPath path, Map<String, String> tags, Violations out) {
    validate(path, tags, TAG_VALUE, TAG_VALUE_MESSAGE, out);
  }

  /** Kuma's {@code ValidateSelector}: tag names and selector values ({@code *} allowed). */
  public static void validateSelector(FieldPath path, Map<String, String> tags, Violations out) {
    validate(path, tags, SELECTOR_VALUE, SELECTOR_VALUE_MESSAGE, out);
  }

  private static void validate(
      FieldPath path,
      Map<String, String> tags,
      Pattern valuePattern,
      String valueMessage,
      Violations out) {
    for (String key : sortedKeys(tags)) {
      if (key.isEmpty()) {
        out.add(path, "tag name must be non-empty");
      }
      if (!TAG_NAME.matcher(key).matches()) {
        out.add(
            path.key(key),
            "tag name must consist of alphanumeric characters, dots, dashes, slashes and"
                + " underscores");
      }
      String value = tags.get(key);
      if (value.isEmpty()) {
        out.add(path.key(key), "tag value must be non-empty");
      }
      if (!valuePattern.matcher(value).matches()) {
        out.add(path.key(key), valueMessage);
      }
    }
  }

  private static List<String> sortedKeys(Map<String, String> tags) {
    List<String> keys = new ArrayList<>(tags.keySet());
    keys.sort(
        (a, b) ->
            Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    return keys;
  }
}
