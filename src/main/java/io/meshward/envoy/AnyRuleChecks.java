package io.meshward.envoy;

import com.google.protobuf.Any;
import com.google.protobuf.Message;
import io.envoyproxy.pgv.validate.Validate.AnyRules;
import java.util.List;

/** {@code AnyRuleChecks} applies {@code validate.rules.any} {@code in} and {@code not_in}. */
final class AnyRuleChecks {

  private AnyRuleChecks() {}

  static void check(Message any, AnyRules r, RuleSubject s, List<String> out) {
    String typeUrl =
        (String)
            any.getField(any.getDescriptorForType().findFieldByNumber(Any.TYPE_URL_FIELD_NUMBER));
    if (r.getInCount() > 0 && !r.getInList().contains(typeUrl)) {
      out.add(s.violation("type URL must be in list " + GoNames.list(r.getInList())));
    } else if (r.getNotInCount() > 0 && r.getNotInList().contains(typeUrl)) {
      out.add(s.violation("type URL must not be in list " + GoNames.list(r.getNotInList())));
    }
  }
}
