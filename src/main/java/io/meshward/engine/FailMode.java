package io.meshward.engine;

/**
 * {@code FailMode} is what to answer when a question that needs I/O (Kubernetes API, Prometheus)
 * cannot be answered within its budget.
 */
public enum FailMode {
  /** Deny, saying why. */
  CLOSED,
  /** Allow with a warning saying what could not be verified. */
  OPEN
}
