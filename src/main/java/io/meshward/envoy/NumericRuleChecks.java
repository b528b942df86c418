package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code NumericRuleChecks} applies the rules of any numeric kind (int32 … sfixed64, float,
 * double), read reflectively from the kind's rules message: {@code const}, {@code lt/lte/gt/gte}
 * (inclusive, exclusive and outside ranges), {@code in}, {@code not_in}, {@code ignore_empty}.
 */
final class NumericRuleChecks {

  private NumericRuleChecks() {}

  /** The fields of one numeric kind's rules message, looked up once (by name it is slow). */
  private record Fields(
      FieldDescriptor ignoreEmpty,
      FieldDescriptor constant,
      FieldDescriptor lt,
      FieldDescriptor lte,
      FieldDescriptor gt,
      FieldDescriptor gte,
      FieldDescriptor in,
      FieldDescriptor notIn) {
    static Fields of(Descriptor type) {
      return new Fields(
          type.findFieldByName("ignore_empty"),
          type.findFieldByName("const"),
          type.findFieldByName("lt"),
          type.findFieldByName("lte"),
          type.findFieldByName("gt"),
          type.findFieldByName("gte"),
          type.findFieldByName("in"),
          type.findFieldByName("not_in"));
    }
  }

  private static final Map<Descriptor, Fields> FIELDS = new ConcurrentHashMap<>();

  static void check(
      FieldDescriptor field, Object value, Message rules, RuleSubject s, List<String> out) {
    Fields f = FIELDS.computeIfAbsent(rules.getDescriptorForType(), Fields::of);
    BigDecimal v = decimal(field.getType(), value);
    if (has(rules, f.ignoreEmpty())
        && (Boolean) rules.getField(f.ignoreEmpty())
        && v.signum() == 0) {
      return;
    }
    if (has(rules, f.constant()) && v.compareTo(ruleValue(rules, f.constant())) != 0) {
      out.add(s.violation("value must equal " + show(rules, f.constant())));
    }
    String range =
        RangeRules.violation(
            v,
            bound(rules, f.lt()),
            bound(rules, f.lte()),
            bound(rules, f.gt()),
            bound(rules, f.gte()));
    if (range != null) {
      out.add(s.violation(range));
    }
    if (rules.getRepeatedFieldCount(f.in()) > 0) {
      if (!contains(rules, f.in(), v)) {
        out.add(s.violation("value must be in list " + list(rules, f.in())));
      }
    } else if (rules.getRepeatedFieldCount(f.notIn()) > 0 && contains(rules, f.notIn(), v)) {
      out.add(s.violation("value must not be in list " + list(rules, f.notIn())));
    }
  }

  private static RangeRules.Bound bound(Message rules, FieldDescriptor f) {
    return has(rules, f) ? new RangeRules.Bound(ruleValue(rules, f), show(rules, f)) : null;
  }

  private static boolean has(Message rules, FieldDescriptor f) {
    return f != null && rules.hasField(f);
  }

  private static BigDecimal ruleValue(Message rules, FieldDescriptor f) {
    return decimal(f.getType(), rules.getField(f));
  }

  private static String show(Message rules, FieldDescriptor f) {
    return show(f.getType(), rules.getField(f));
  }

  private static boolean contains(Message rules, FieldDescriptor list, BigDecimal v) {
    for (int i = 0; i < rules.getRepeatedFieldCount(list); i++) {
      if (decimal(list.getType(), rules.getRepeatedField(list, i)).compareTo(v) == 0) {
        return true;
      }
    }
    return false;
  }

  private static String list(Message rules, FieldDescriptor list) {
    return GoNames.list(
        ((List<?>) rules.getField(list)).stream().map(o -> show(list.getType(), o)).toList());
  }

  static BigDecimal decimal(FieldDescriptor.Type type, Object value) {
    return switch (type) {
      case UINT32, FIXED32 -> BigDecimal.valueOf(Integer.toUnsignedLong((Integer) value));
      case UINT64, FIXED64 -> new BigDecimal(Long.toUnsignedString((Long) value));
      case FLOAT -> new BigDecimal(Float.toString((Float) value));
      case DOUBLE -> BigDecimal.valueOf((Double) value);
      default -> new BigDecimal(value.toString());
    };
  }

  private static String show(FieldDescriptor.Type type, Object value) {
    return switch (type) {
      case UINT32, FIXED32 -> Integer.toUnsignedString((Integer) value);
      case UINT64, FIXED64 -> Long.toUnsignedString((Long) value);
      default -> GoNames.number(value);
    };
  }
}
