package io.meshward.envoy;

import com.google.protobuf.ByteString;
import io.envoyproxy.pgv.validate.Validate.BytesRules;
import io.meshward.core.GoQuote;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code BytesRuleChecks} applies {@code validate.rules.bytes} (lengths, const, affixes, in). */
final class BytesRuleChecks {

  private BytesRuleChecks() {}

  static void check(ByteString value, BytesRules r, RuleSubject s, List<String> out) {
    if (r.getIgnoreEmpty() && value.isEmpty()) {
      return;
    }
    if (r.hasConst() && !value.equals(r.getConst())) {
      out.add(s.violation("value must equal " + text(r.getConst())));
    }
    if (r.getInCount() > 0 && !r.getInList().contains(value)) {
      out.add(
          s.violation(
              "value must be in list "
                  + GoNames.list(r.getInList().stream().map(BytesRuleChecks::text).toList())));
    } else if (r.getNotInCount() > 0 && r.getNotInList().contains(value)) {
      out.add(
          s.violation(
              "value must not be in list "
                  + GoNames.list(r.getNotInList().stream().map(BytesRuleChecks::text).toList())));
    }
    StringRuleChecks.lengths(
        value.size(),
        r.hasLen() ? r.getLen() : null,
        r.hasMinLen() ? r.getMinLen() : null,
        r.hasMaxLen() ? r.getMaxLen() : null,
        "bytes",
        s,
        out);
    if (r.hasPrefix() && !value.startsWith(r.getPrefix())) {
      out.add(s.violation("value does not have prefix " + GoQuote.of(text(r.getPrefix()))));
    }
    if (r.hasSuffix() && !value.endsWith(r.getSuffix())) {
      out.add(s.violation("value does not have suffix " + GoQuote.of(text(r.getSuffix()))));
    }
    if (r.hasContains() && !text(value).contains(text(r.getContains()))) {
      out.add(s.violation("value does not contain " + GoQuote.of(text(r.getContains()))));
    }
    if (r.hasPattern() && !KnownFormats.matches(r.getPattern(), text(value))) {
      out.add(s.violation("value does not match regex pattern " + GoQuote.of(r.getPattern())));
    }
  }

  private static String text(ByteString bytes) {
    return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
  }
}
