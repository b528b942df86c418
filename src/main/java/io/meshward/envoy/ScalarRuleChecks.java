package io.meshward.envoy;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.envoyproxy.pgv.validate.Validate.BoolRules;
import io.envoyproxy.pgv.validate.Validate.EnumRules;
import io.envoyproxy.pgv.validate.Validate.FieldRules;
import java.util.List;

/**
 * {@code ScalarRuleChecks} dispatches the rules of a scalar value (or of a wrapper's inner value)
 * by rule family: string, bytes, bool, enum and the twelve numeric kinds.
 */
final class ScalarRuleChecks {

  private ScalarRuleChecks() {}

  static boolean isScalarRule(FieldRules rules) {
    return switch (rules.getTypeCase()) {
      case REPEATED, MAP, ANY, DURATION, TIMESTAMP, TYPE_NOT_SET -> false;
      default -> true;
    };
  }

  static void check(
      FieldDescriptor field, Object value, FieldRules rules, RuleSubject s, List<String> out) {
    switch (rules.getTypeCase()) {
      case STRING -> StringRuleChecks.check((String) value, rules.getString(), s, out);
      case BYTES -> BytesRuleChecks.check((ByteString) value, rules.getBytes(), s, out);
      case BOOL -> bool((Boolean) value, rules.getBool(), s, out);
      case ENUM -> enumValue(field, (EnumValueDescriptor) value, rules.getEnum(), s, out);
      case REPEATED, MAP, ANY, DURATION, TIMESTAMP, TYPE_NOT_SET -> {}
      default -> {
        FieldDescriptor ruleField =
            FieldRules.getDescriptor().findFieldByNumber(rules.getTypeCase().getNumber());
        NumericRuleChecks.check(field, value, (Message) rules.getField(ruleField), s, out);
      }
    }
  }

  private static void bool(Boolean value, BoolRules rules, RuleSubject s, List<String> out) {
    if (rules.hasConst() && value != rules.getConst()) {
      out.add(s.violation("value must equal " + rules.getConst()));
    }
  }

  private static void enumValue(
      FieldDescriptor field,
      EnumValueDescriptor value,
      EnumRules rules,
      RuleSubject s,
      List<String> out) {
    int number = value.getNumber();
    if (rules.hasConst() && number != rules.getConst()) {
      out.add(s.violation("value must equal " + rules.getConst()));
    }
    if (rules.getInCount() > 0 && !rules.getInList().contains(number)) {
      out.add(s.violation("value must be in list " + GoNames.list(rules.getInList())));
    } else if (rules.getNotInCount() > 0 && rules.getNotInList().contains(number)) {
      out.add(s.violation("value must not be in list " + GoNames.list(rules.getNotInList())));
    }
    if (rules.getDefinedOnly() && field.getEnumType().findValueByNumber(number) == null) {
      out.add(s.violation("value must be one of the defined enum values"));
    }
  }
}
