package io.meshward.envoy;

import java.util.List;

/**
 * {@code CountRules} checks repeated {@code min_items/max_items} and map {@code
 * min_pairs/max_pairs}.
 */
final class CountRules {

  private CountRules() {}

  /**
   * @param noun {@code item} or {@code pair}
   */
  static void check(int size, long min, Long max, String noun, RuleSubject s, List<String> out) {
    if (min > 0) {
      if (max != null && max == min) {
        if (size != min) {
          out.add(s.violation("value must contain exactly " + min + " " + noun + "(s)"));
        }
      } else if (max != null) {
        if (size < min || size > max) {
          out.add(
              s.violation(
                  "value must contain between "
                      + min
                      + " and "
                      + max
                      + " "
                      + noun
                      + "s, inclusive"));
        }
      } else if (size < min) {
        out.add(s.violation("value must contain at least " + min + " " + noun + "(s)"));
      }
    } else if (max != null && size > max) {
      out.add(s.violation("value must contain no more than " + max + " " + noun + "(s)"));
    }
  }
}
