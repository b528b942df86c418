package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code NumericRuleChecks} applies the rules of any numeric kind (int32 … sfixed64, float,
 * double), read reflectively from the kind's rules message: {@code const}, {@code lt/lte/gt/gte}
 * (inclusive, exclusive and outside ranges), {@code in}, {@code not_in}, {@code ignore_empty}.
 */
final class NumericRuleChecks {

  private NumericRuleChecks() {}

  static void check(
      FieldDescriptor field, Object value, Message rules, RuleSubject s, List<String> out) {
    Descriptor type = rules.getDescriptorForType();
    BigDecimal v = decimal(field.getType(), value);
    if (has(rules, "ignore_empty") && (Boolean) get(rules, "ignore_empty") && v.signum() == 0) {
      return;
    }
    if (has(rules, "const") && v.compareTo(ruleValue(rules, "const")) != 0) {
      out.add(s.violation("value must equal " + show(rules, "const")));
    }
    String range =
        RangeRules.violation(
            v, bound(rules, "lt"), bound(rules, "lte"), bound(rules, "gt"), bound(rules, "gte"));
    if (range != null) {
      out.add(s.violation(range));
    }
    FieldDescriptor in = type.findFieldByName("in");
    FieldDescriptor notIn = type.findFieldByName("not_in");
    if (rules.getRepeatedFieldCount(in) > 0) {
      if (!contains(rules, in, v)) {
        out.add(s.violation("value must be in list " + list(rules, in)));
      }
    } else if (rules.getRepeatedFieldCount(notIn) > 0 && contains(rules, notIn, v)) {
      out.add(s.violation("value must not be in list " + list(rules, notIn)));
    }
  }

  private static RangeRules.Bound bound(Message rules, String name) {
    return has(rules, name)
        ? new RangeRules.Bound(ruleValue(rules, name), show(rules, name))
        : null;
  }

  private static boolean has(Message rules, String name) {
    FieldDescriptor f = rules.getDescriptorForType().findFieldByName(name);
    return f != null && rules.hasField(f);
  }

  private static Object get(Message rules, String name) {
    return rules.getField(rules.getDescriptorForType().findFieldByName(name));
  }

  private static BigDecimal ruleValue(Message rules, String name) {
    FieldDescriptor f = rules.getDescriptorForType().findFieldByName(name);
    return decimal(f.getType(), rules.getField(f));
  }

  private static String show(Message rules, String name) {
    FieldDescriptor f = rules.getDescriptorForType().findFieldByName(name);
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
