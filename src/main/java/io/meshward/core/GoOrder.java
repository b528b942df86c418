package io.meshward.core;

import java.util.Comparator;

/**
 * {@code GoOrder} orders strings as Go's {@code sort.Strings} does: bytewise over UTF-8, which is
 * code point order. Java's {@link String#compareTo} compares UTF-16 units and so differs for
 * characters beyond U+FFFF against those from U+E000 to U+FFFF.
 */
public final class GoOrder {

  /** Go's string order. */
  public static final Comparator<String> STRINGS = GoOrder::compare;

  private GoOrder() {}

  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
