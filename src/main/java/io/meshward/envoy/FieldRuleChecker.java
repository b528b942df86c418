package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.envoyproxy.pgv.validate.Validate.FieldRules;
import io.envoyproxy.pgv.validate.Validate.MapRules;
import io.envoyproxy.pgv.validate.Validate.RepeatedRules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code FieldRuleChecker} applies one field's rules: repeated ({@code min_items}, {@code
 * max_items}, {@code unique}, {@code items}), map ({@code min_pairs}, {@code max_pairs}, {@code
 * keys}, {@code values}) and single values, recursing into message values.
 */
final class FieldRuleChecker {

  private final ConstraintChecker checker;

  FieldRuleChecker(ConstraintChecker checker) {
    this.checker = checker;
  }

  void check(
      Message message, FieldDescriptor field, FieldRules rules, RuleSubject s, List<String> out) {
    if (field.isMapField()) {
      map(message, field, rules, s, out);
    } else if (field.isRepeated()) {
      repeated(message, field, rules, s, out);
    } else {
      boolean absent = field.hasPresence() && !message.hasField(field);
      single(field, absent ? null : message.getField(field), rules, s, out);
    }
  }

  void single(
      FieldDescriptor field, Object value, FieldRules rules, RuleSubject s, List<String> out) {
    if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      messageValue(field.getMessageType(), (Message) value, rules, s, out);
    } else if (rules != null && value != null) {
      ScalarRuleChecks.check(field, value, rules, s, out);
    }
  }

  private void messageValue(
      Descriptor type, Message value, FieldRules rules, RuleSubject s, List<String> out) {
    boolean skip = rules != null && rules.hasMessage() && rules.getMessage().getSkip();
    if (value == null) {
      if (isRequired(rules)) {
        out.add(
            s.violation(
                wrapsScalar(type, rules)
                    ? "value is required and must not be nil."
                    : "value is required"));
      }
      return;
    }
    if (rules != null) {
      if (rules.hasDuration()) {
        DurationRuleChecks.check(value, rules.getDuration(), s, out);
      } else if (rules.hasAny()) {
        AnyRuleChecks.check(value, rules.getAny(), s, out);
      } else if (wrapsScalar(type, rules)) {
        FieldDescriptor inner = type.findFieldByName("value");
        ScalarRuleChecks.check(inner, value.getField(inner), rules, s, out);
      }
    }
    if (!skip) {
      List<String> nested = checker.checkNested(value);
      if (!nested.isEmpty()) {
        out.add(s.violation("embedded message failed validation", String.join("; ", nested)));
      }
    }
  }

  private static boolean isRequired(FieldRules rules) {
    if (rules == null) {
      return false;
    }
    return (rules.hasMessage() && rules.getMessage().getRequired())
        || (rules.hasDuration() && rules.getDuration().getRequired())
        || (rules.hasAny() && rules.getAny().getRequired())
        || (rules.hasTimestamp() && rules.getTimestamp().getRequired());
  }

  private static boolean wrapsScalar(Descriptor type, FieldRules rules) {
    return type.getFullName().startsWith("google.protobuf.")
        && type.getFullName().endsWith("Value")
        && rules != null
        && ScalarRuleChecks.isScalarRule(rules);
  }

  private void repeated(
      Message message, FieldDescriptor field, FieldRules rules, RuleSubject s, List<String> out) {
    List<?> items = (List<?>) message.getField(field);
    RepeatedRules r = rules != null && rules.hasRepeated() ? rules.getRepeated() : null;
    if (r != null && r.getIgnoreEmpty() && items.isEmpty()) {
      return;
    }
    if (r != null) {
      CountRules.check(
          items.size(), r.getMinItems(), r.hasMaxItems() ? r.getMaxItems() : null, "item", s, out);
    }
    Set<Object> seen = new HashSet<>();
    FieldRules itemRules = r != null && r.hasItems() ? r.getItems() : null;
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (r != null && r.getUnique() && !seen.add(item)) {
        out.add(s.at(i).violation("repeated value must contain unique items"));
      }
      single(field, item, itemRules, s.at(i), out);
    }
  }

  private void map(
      Message message, FieldDescriptor field, FieldRules rules, RuleSubject s, List<String> out) {
    List<?> entries = (List<?>) message.getField(field);
    MapRules r = rules != null && rules.hasMap() ? rules.getMap() : null;
    if (r != null && r.getIgnoreEmpty() && entries.isEmpty()) {
      return;
    }
    if (r != null) {
      CountRules.check(
          entries.size(),
          r.getMinPairs(),
          r.hasMaxPairs() ? r.getMaxPairs() : null,
          "pair",
          s,
          out);
    }
    FieldDescriptor keyField = field.getMessageType().findFieldByName("key");
    FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
    for (Object o : entries) {
      Message entry = (Message) o;
      Object key = entry.getField(keyField);
      if (r != null && r.hasKeys()) {
        single(keyField, key, r.getKeys(), s.at(key).asKey(), out);
      }
      FieldRules valueRules = r != null && r.hasValues() ? r.getValues() : null;
      single(valueField, entry.getField(valueField), valueRules, s.at(key), out);
    }
  }
}
