package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.envoyproxy.pgv.validate.Validate;
import io.envoyproxy.pgv.validate.Validate.FieldRules;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code RuleReach} tells whether a field can ever yield a {@code validate.rules} violation: it
 * carries rules, or its value is a message from which a rule, a required oneof or an {@code Any}
 * (whose payload may carry rules) can be reached.
 */
final class RuleReach {

  private static final Map<Descriptor, Boolean> REACHES = new ConcurrentHashMap<>();

  private RuleReach() {}

  /** Whether checking {@code field} can find anything. */
  static boolean matters(FieldDescriptor field) {
    if (rulesOf(field) != null) {
      return true;
    }
    if (field.isMapField()) {
      FieldDescriptor value = field.getMessageType().findFieldByName("value");
      return value.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && reachesRules(value.getMessageType());
    }
    return field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
        && reachesRules(field.getMessageType());
  }

  /** The field's {@code validate.rules}, or null. */
  static FieldRules rulesOf(FieldDescriptor field) {
    return field.getOptions().hasExtension(Validate.rules)
        ? field.getOptions().getExtension(Validate.rules)
        : null;
  }

  /** Whether a message of {@code root}'s type can hold anything a rule applies to. */
  static boolean reachesRules(Descriptor root) {
    Boolean known = REACHES.get(root);
    if (known == null) {
      known = search(root);
      REACHES.put(root, known);
    }
    return known;
  }

  // A full search per root (no memo of partial results): cycles between types stay correct.
  private static boolean search(Descriptor root) {
    Set<Descriptor> seen = new HashSet<>();
    Deque<Descriptor> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      Descriptor type = queue.pop();
      if (!seen.add(type)) {
        continue;
      }
      if (type.getFullName().equals(WellKnownJson.ANY)) {
        return true;
      }
      if (type.getFile().getPackage().startsWith("google.protobuf")) {
        continue; // checkNested never looks inside well-known types
      }
      if (type.getRealOneofs().stream()
          .anyMatch(o -> o.getOptions().getExtension(Validate.required))) {
        return true;
      }
      for (FieldDescriptor field : type.getFields()) {
        if (rulesOf(field) != null) {
          return true;
        }
        if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
          queue.add(field.getMessageType());
        }
      }
    }
    return false;
  }
}
