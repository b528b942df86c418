package io.meshward.guard;

/**
 * {@code GuardRule} is a live-traffic guard of one kind: it recognises a change that would cut
 * traffic and asks {@link GuardCheck} whether that traffic is flowing. Rules live in the package of
 * their kind and run only after the object passed Kuma's rules, for dry runs too.
 */
public interface GuardRule {

  /** The kind this rule guards, e.g. {@code Mesh}. */
  String kind();

  /** Checks the change in {@code check.context()}, reporting through {@code check}. */
  void check(GuardCheck check);
}
