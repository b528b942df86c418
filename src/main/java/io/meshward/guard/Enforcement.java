package io.meshward.guard;

/** {@code Enforcement} is what a guard does when a change would cut live traffic. */
public enum Enforcement {
  /** Refuse the change (422 Invalid at the field that makes it). */
  DENY,
  /** Allow the change with a warning. */
  WARN,
  /** Do not ask about traffic at all. */
  OFF
}
