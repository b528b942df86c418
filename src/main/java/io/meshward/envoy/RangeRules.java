package io.meshward.envoy;

import java.math.BigDecimal;

/**
 * {@code RangeRules} evaluates protoc-gen-validate's {@code lt/lte/gt/gte} combinations (inside and
 * outside ranges) shared by numbers and durations, with its Go reasons.
 */
final class RangeRules {

  /**
   * One bound.
   *
   * @param value its value
   * @param text how Go prints it
   */
  record Bound(BigDecimal value, String text) {}

  private RangeRules() {}

  /** The violation reason, or null when {@code v} is within the bounds. */
  static String violation(BigDecimal v, Bound lt, Bound lte, Bound gt, Bound gte) {
    if (lt != null) {
      if (gt != null) {
        return greater(lt, gt)
            ? when(le(v, gt) || ge(v, lt), "inside range (" + gt.text() + ", " + lt.text() + ")")
            : when(ge(v, lt) && le(v, gt), "outside range [" + lt.text() + ", " + gt.text() + "]");
      }
      if (gte != null) {
        return greater(lt, gte)
            ? when(lt(v, gte) || ge(v, lt), "inside range [" + gte.text() + ", " + lt.text() + ")")
            : when(
                ge(v, lt) && lt(v, gte), "outside range [" + lt.text() + ", " + gte.text() + ")");
      }
      return when(ge(v, lt), "less than " + lt.text());
    }
    if (lte != null) {
      if (gt != null) {
        return greater(lte, gt)
            ? when(le(v, gt) || gt(v, lte), "inside range (" + gt.text() + ", " + lte.text() + "]")
            : when(
                gt(v, lte) && le(v, gt), "outside range (" + lte.text() + ", " + gt.text() + "]");
      }
      if (gte != null) {
        return greater(lte, gte)
            ? when(
                lt(v, gte) || gt(v, lte), "inside range [" + gte.text() + ", " + lte.text() + "]")
            : when(
                gt(v, lte) && lt(v, gte), "outside range (" + lte.text() + ", " + gte.text() + ")");
      }
      return when(gt(v, lte), "less than or equal to " + lte.text());
    }
    if (gt != null) {
      return when(le(v, gt), "greater than " + gt.text());
    }
    if (gte != null) {
      return when(lt(v, gte), "greater than or equal to " + gte.text());
    }
    return null;
  }

  private static String when(boolean violated, String rule) {
    return violated ? "value must be " + rule : null;
  }

  private static boolean greater(Bound a, Bound b) {
    return a.value().compareTo(b.value()) > 0;
  }

  private static boolean lt(BigDecimal v, Bound b) {
    return v.compareTo(b.value()) < 0;
  }

  private static boolean le(BigDecimal v, Bound b) {
    return v.compareTo(b.value()) <= 0;
  }

  private static boolean gt(BigDecimal v, Bound b) {
    return v.compareTo(b.value()) > 0;
  }

  private static boolean ge(BigDecimal v, Bound b) {
    return v.compareTo(b.value()) >= 0;
  }
}
