package io.meshward.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Combinator} is the outermost {@code anyOf}/{@code oneOf} an error comes from. The
 * validator reports a failed {@code anyOf} as the errors of every branch; meshward reports it once,
 * at the value the combinator applies to.
 *
 * @param location instance location of the value the combinator validates
 * @param evaluationPath evaluation path of the combinator keyword (identifies it)
 */
record Combinator(NodePath location, String evaluationPath) {

  private static final Set<String> KEYWORDS = Set.of("anyOf", "oneOf");
  private static final Set<String> NAMED_CHILD = Set.of("properties", "patternProperties");
  private static final Set<String> ANY_CHILD =
      Set.of("items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems");

  /** The outermost combinator {@code error} comes from, or is, if any. */
  static Optional<Combinator> of(Error error) {
    NodePath eval = error.getEvaluationPath();
    for (int i = 0; i < eval.getNameCount(); i++) {
      String name = String.valueOf(eval.getElement(i));
      boolean keyword = i == 0 || !NAMED_CHILD.contains(String.valueOf(eval.getElement(i - 1)));
      if (keyword && KEYWORDS.contains(name)) {
        NodePath location = error.getInstanceLocation();
        for (int depth = descents(eval, i + 2); depth > 0; depth--) {
          location = location.getParent();
        }
        return Optional.of(new Combinator(location, prefix(eval, i + 1)));
      }
    }
    return Optional.empty();
  }

  /** How many instance levels the evaluation path goes down from {@code start} on. */
  private static int descents(NodePath eval, int start) {
    int depth = 0;
    for (int i = start; i < eval.getNameCount(); i++) {
      String name = String.valueOf(eval.getElement(i));
      if (NAMED_CHILD.contains(name) || "prefixItems".equals(name)) {
        depth++;
        i++;
      } else if (ANY_CHILD.contains(name)) {
        depth++;
      }
    }
    return depth;
  }

  private static String prefix(NodePath path, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append('/').append(path.getElement(i));
    }
    return sb.toString();
  }
}
