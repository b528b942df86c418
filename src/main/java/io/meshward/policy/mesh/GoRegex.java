package io.meshward.policy.mesh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code GoRegex} tells whether Go's {@code regexp.Compile} (RE2 syntax) would reject a pattern.
 * Java's engine is used for the syntax check; the Perl features RE2 refuses but Java accepts
 * (lookaround, backreferences, possessive quantifiers, atomic groups) are refused explicitly with
 * Go's wording. Other messages are Java's description after Go's prefix.
 */
final class GoRegex {

  private static final Pattern LOOKAROUND = Pattern.compile("\\(\\?(<=|<!|=|!|>)");
  private static final Pattern BACKREFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<");
  private static final Pattern POSSESSIVE = Pattern.compile("[*+?}]\\+");

  private GoRegex() {}

  /** Go's error text for {@code pattern}; {@code null} when it compiles. */
  static String compileError(String pattern) {
    if (pattern == null) {
      return null;
    }
    String unescaped = pattern.replace("\\\\", "");
    Matcher m = LOOKAROUND.matcher(unescaped);
    if (m.find()) {
      return "error parsing regexp: invalid or unsupported Perl syntax: `" + m.group() + "`";
    }
    m = BACKREFERENCE.matcher(unescaped);
    if (m.find()) {
      return "error parsing regexp: invalid escape sequence: `" + m.group() + "`";
    }
    m = POSSESSIVE.matcher(unescaped);
    if (m.find()) {
      return "error parsing regexp: invalid nested repetition operator: `" + m.group() + "`";
    }
    try {
      Pattern.compile(pattern);
      return null;
    } catch (PatternSyntaxException e) {
      return "error parsing regexp: " + e.getDescription() + ": `" + pattern + "`";
    }
  }
}
