package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import io.envoyproxy.pgv.validate.Validate.DurationRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code DurationRuleChecks} applies {@code validate.rules.duration} ({@code const}, {@code
 * lt/lte/gt/gte}, {@code in}, {@code not_in}) to a set {@code google.protobuf.Duration}; {@code
 * required} is checked by the caller.
 */
final class DurationRuleChecks {

  private static final long MAX_SECONDS = 315_576_000_000L;

  private DurationRuleChecks() {}

  static void check(Message value, DurationRules r, RuleSubject s, List<String> out) {
    Descriptor type = value.getDescriptorForType();
    long seconds = (Long) value.getField(type.findFieldByNumber(Duration.SECONDS_FIELD_NUMBER));
    int nanos = (Integer) value.getField(type.findFieldByNumber(Duration.NANOS_FIELD_NUMBER));
    if (Math.abs(seconds) > MAX_SECONDS
        || Math.abs(nanos) > 999_999_999
        || (seconds > 0 && nanos < 0)
        || (seconds < 0 && nanos > 0)) {
      out.add(s.violation("value is not a valid duration"));
      return;
    }
    BigDecimal v = seconds(seconds, nanos);
    if (r.hasConst() && v.compareTo(seconds(r.getConst())) != 0) {
      out.add(s.violation("value must equal " + text(r.getConst())));
    }
    String range =
        RangeRules.violation(
            v,
            bound(r.hasLt(), r.getLt()),
            bound(r.hasLte(), r.getLte()),
            bound(r.hasGt(), r.getGt()),
            bound(r.hasGte(), r.getGte()));
    if (range != null) {
      out.add(s.violation(range));
    }
    if (r.getInCount() > 0) {
      if (r.getInList().stream().noneMatch(d -> seconds(d).compareTo(v) == 0)) {
        out.add(s.violation("value must be in list " + list(r.getInList())));
      }
    } else if (r.getNotInCount() > 0
        && r.getNotInList().stream().anyMatch(d -> seconds(d).compareTo(v) == 0)) {
      out.add(s.violation("value must not be in list " + list(r.getNotInList())));
    }
  }

  private static RangeRules.Bound bound(boolean present, Duration d) {
    return present ? new RangeRules.Bound(seconds(d), text(d)) : null;
  }

  private static BigDecimal seconds(Duration d) {
    return seconds(d.getSeconds(), d.getNanos());
  }

  private static BigDecimal seconds(long seconds, int nanos) {
    return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9));
  }

  private static String text(Duration d) {
    return GoNames.duration(d.getSeconds(), d.getNanos());
  }

  private static String list(List<Duration> durations) {
    return GoNames.list(durations.stream().map(DurationRuleChecks::text).toList());
  }
}
