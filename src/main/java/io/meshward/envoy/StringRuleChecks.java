package io.meshward.envoy;

import io.envoyproxy.pgv.validate.Validate.StringRules;
import io.meshward.core.GoQuote;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code StringRuleChecks} applies {@code validate.rules.string} in protoc-gen-validate's order.
 */
final class StringRuleChecks {

  private StringRuleChecks() {}

  static void check(String value, StringRules r, RuleSubject s, List<String> out) {
    if (r.getIgnoreEmpty() && value.isEmpty()) {
      return;
    }
    if (r.hasConst() && !value.equals(r.getConst())) {
      out.add(s.violation("value must equal " + r.getConst()));
    }
    if (r.getInCount() > 0 && !r.getInList().contains(value)) {
      out.add(s.violation("value must be in list " + GoNames.list(r.getInList())));
    } else if (r.getNotInCount() > 0 && r.getNotInList().contains(value)) {
      out.add(s.violation("value must not be in list " + GoNames.list(r.getNotInList())));
    }
    int runes = value.codePointCount(0, value.length());
    lengths(
        runes,
        r.hasLen() ? r.getLen() : null,
        r.hasMinLen() ? r.getMinLen() : null,
        r.hasMaxLen() ? r.getMaxLen() : null,
        "runes",
        s,
        out);
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    lengths(
        bytes,
        r.hasLenBytes() ? r.getLenBytes() : null,
        r.hasMinBytes() ? r.getMinBytes() : null,
        r.hasMaxBytes() ? r.getMaxBytes() : null,
        "bytes",
        s,
        out);
    if (r.hasPrefix() && !value.startsWith(r.getPrefix())) {
      out.add(s.violation("value does not have prefix " + GoQuote.of(r.getPrefix())));
    }
    if (r.hasSuffix() && !value.endsWith(r.getSuffix())) {
      out.add(s.violation("value does not have suffix " + GoQuote.of(r.getSuffix())));
    }
    if (r.hasContains() && !value.contains(r.getContains())) {
      out.add(s.violation("value does not contain substring " + GoQuote.of(r.getContains())));
    }
    if (r.hasNotContains() && value.contains(r.getNotContains())) {
      out.add(s.violation("value contains substring " + GoQuote.of(r.getNotContains())));
    }
    String wellKnown = KnownFormats.check(value, r);
    if (wellKnown != null) {
      out.add(s.violation(wellKnown));
    }
    if (r.hasPattern() && !KnownFormats.matches(r.getPattern(), value)) {
      out.add(s.violation("value does not match regex pattern " + GoQuote.of(r.getPattern())));
    }
  }

  /** The {@code len / min / max} family for runes or bytes. */
  static void lengths(
      long actual, Long exact, Long min, Long max, String unit, RuleSubject s, List<String> out) {
    if (exact == null && min != null && max != null && min.equals(max)) {
      exact = min;
    }
    if (exact != null) {
      if (actual != exact) {
        out.add(s.violation("value length must be " + exact + " " + unit));
      }
    } else if (min != null && max != null) {
      if (actual < min || actual > max) {
        out.add(
            s.violation(
                "value length must be between "
                    + min
                    + " and "
                    + max
                    + " "
                    + unit
                    + ", inclusive"));
      }
    } else if (min != null && actual < min) {
      out.add(s.violation("value length must be at least " + min + " " + unit));
    } else if (max != null && actual > max) {
      out.add(s.violation("value length must be at most " + max + " " + unit));
    }
  }
}
