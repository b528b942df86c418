package io.meshward.guard;

import io.meshward.engine.FailMode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code TrafficGuards} is the setup of the live-traffic guards: where traffic is asked, the budget
 * of an admission answer, the fail mode, and each guard's enforcement and threshold.
 *
 * @param source where traffic is asked
 * @param budget time allowed for all traffic questions of one admission request
 * @param failMode what to answer when the source cannot answer: closed denies, open warns
 * @param policies enforcement and threshold per guard; missing guards use {@link
 *     GuardPolicy#DEFAULT}
 * @param failOpenHint how the user of this front door switches to fail mode open, as a phrase
 *     completing "Retry when the source answers, or …" (the webhook: {@value #WEBHOOK_FAIL_OPEN})
 */
public record TrafficGuards(
    TrafficSource source,
    Duration budget,
    FailMode failMode,
    Map<GuardId, GuardPolicy> policies,
    String failOpenHint) {

  /** The default budget of a traffic question. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

  /** How the webhook is switched to fail mode open: its configuration key. */
  public static final String WEBHOOK_FAIL_OPEN = "set meshward.traffic.fail-mode=open";

  /** Copies the policies. */
  public TrafficGuards {
    Map<GuardId, GuardPolicy> all = new EnumMap<>(GuardId.class);
    for (GuardId id : GuardId.values()) {
      all.put(id, policies.getOrDefault(id, GuardPolicy.DEFAULT));
    }
    policies = Map.copyOf(all);
    failOpenHint = failOpenHint == null ? WEBHOOK_FAIL_OPEN : failOpenHint;
  }

  /** The webhook's guards: the fail-open hint names its configuration key. */
  public TrafficGuards(
      TrafficSource source,
      Duration budget,
      FailMode failMode,
      Map<GuardId, GuardPolicy> policies) {
    this(source, budget, failMode, policies, WEBHOOK_FAIL_OPEN);
  }

  /** Every guard denying on any traffic seen by {@code source}, budget 2s, fail mode closed. */
  public static TrafficGuards using(TrafficSource source) {
    return new TrafficGuards(source, DEFAULT_BUDGET, FailMode.CLOSED, Map.of());
  }

  /** The guards with no source: changes are allowed with a "not verified" warning. */
  public static TrafficGuards unverified() {
    return using(TrafficSources.none());
  }

  /** These guards with another fail mode. */
  public TrafficGuards withFailMode(FailMode mode) {
    return new TrafficGuards(source, budget, mode, policies, failOpenHint);
  }

  /**
   * These guards with another fail-open hint, for a front door whose users switch the fail mode
   * differently (the CLI: a flag).
   */
  public TrafficGuards withFailOpenHint(String hint) {
    return new TrafficGuards(source, budget, failMode, policies, hint);
  }

  /** These guards with {@code policy} for {@code id}. */
  public TrafficGuards with(GuardId id, GuardPolicy policy) {
    Map<GuardId, GuardPolicy> copy = new EnumMap<>(policies);
    copy.put(id, policy);
    return new TrafficGuards(source, budget, failMode, copy, failOpenHint);
  }

  /** The policy of {@code id}. */
  public GuardPolicy policy(GuardId id) {
    return policies.get(id);
  }
}
