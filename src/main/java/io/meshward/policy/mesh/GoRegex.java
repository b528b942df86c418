package io.meshward.policy.mesh;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * {@code GoRegex} tells whether Go's {@code regexp.Compile} would reject a pattern, and with Go's
 * error text: RE2/J is a port of Go's regexp parser, so it accepts and refuses what Go does (RE2
 * syntax: no lookaround or backreferences, {@code \Z} or {@code \h} are errors, a lone {@code {} is
 * a literal, repeat counts stop at 1000) with the same messages.
 */
final class GoRegex {

  /** RE2/J's text where Go says {@code unexpected )} (a closing parenthesis nothing opened). */
  private static final String STACK_UNDERFLOW = "internal error: `stack underflow`";

  private GoRegex() {}

  /** Go's error text for {@code pattern}; {@code null} when it compiles. */
  static String compileError(String pattern) {
    if (pattern == null) {
      return null;
    }
    try {
      Pattern.compile(pattern);
      return null;
    } catch (PatternSyntaxException e) {
      String message = e.getMessage();
      if (message.endsWith(STACK_UNDERFLOW)) {
        return "error parsing regexp: unexpected ): `" + pattern + "`";
      }
      return message;
    }
  }
}
