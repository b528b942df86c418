package io.meshward.guard;

/**
 * {@code GuardPolicy} is how strictly one guard is applied.
 *
 * @param enforcement deny, warn or off
 * @param threshold traffic above this value is live (0: any traffic); in the unit of the source's
 *     answer (connections/s for Prometheus, open connections for a snapshot)
 */
public record GuardPolicy(Enforcement enforcement, double threshold) {

  /** Deny on any traffic. */
  public static final GuardPolicy DEFAULT = new GuardPolicy(Enforcement.DENY, 0);
}
