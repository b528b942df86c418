package io.meshward.guard;

import io.meshward.core.Violation;
import io.meshward.engine.FailMode;
import io.meshward.policy.ValidationContext;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GuardCheck} is one request's run of the guards: it asks the traffic source within the
 * request's budget and turns each answer into a denial, a warning or nothing, honouring the guard's
 * enforcement, the fail mode and the break-glass annotation {@value #BREAK_GLASS}.
 */
public final class GuardCheck {

  /** The annotation that lets a change through although traffic flows (recorded for audit). */
  public static final String BREAK_GLASS = "meshward.io/allow-traffic-disruption";

  private static final String OVERRIDE_HINT =
      "To proceed anyway, annotate the object with " + BREAK_GLASS + ": \"true\".";

  private final ValidationContext context;
  private final String username;
  private final TrafficGuards guards;
  private final long deadline;
  private final GuardFindings findings = new GuardFindings();

  /**
   * @param context the object (it passed Kuma's rules) and the old object
   * @param username {@code request.userInfo.username}, for the audit annotation; may be empty
   * @param guards the guard setup
   */
  public GuardCheck(ValidationContext context, String username, TrafficGuards guards) {
    this.context = context;
    this.username = username == null || username.isEmpty() ? "(unknown user)" : username;
    this.guards = guards;
    this.deadline = System.nanoTime() + guards.budget().toNanos();
  }

  /** The object being judged. */
  public ValidationContext context() {
    return context;
  }

  /** What the guards found so far. */
  public GuardFindings findings() {
    return findings;
  }

  /** Refuses {@code d} (per the guard's enforcement) when {@code q} finds live traffic. */
  public void refuseIfLive(Disruption d, TrafficQuestion q) {
    judge(d, q, false);
  }

  /** Warns about {@code d} when {@code q} finds live traffic; never refuses. */
  public void warnIfLive(Disruption d, TrafficQuestion q) {
    judge(d, q, true);
  }

  private void judge(Disruption d, TrafficQuestion q, boolean warnOnly) {
    GuardPolicy policy = guards.policy(d.guard());
    if (policy.enforcement() == Enforcement.OFF) {
      return;
    }
    boolean warn = warnOnly || policy.enforcement() == Enforcement.WARN;
    TrafficAnswer answer = await(q);
    String what = q.signal().description() + " in " + q.scope();
    switch (answer.status()) {
      case NOT_CONFIGURED ->
          findings.warn(
              d.change() + ": " + what + " was not verified (no traffic source configured)");
      case UNAVAILABLE -> {
        String why = "could not verify " + what + ": " + answer.reason();
        if (breakGlass()) {
          override(d, q, why);
        } else if (warn || guards.failMode() == FailMode.OPEN) {
          findings.warn(d.change() + ": " + why + (warn ? "" : " (allowed: fail mode open)"));
        } else {
          deny(
              d,
              d.change()
                  + " refused: "
                  + why
                  + " (fail mode closed). Retry when "
                  + guards.source().describe()
                  + " answers, or "
                  + guards.failOpenHint()
                  + ". "
                  + OVERRIDE_HINT);
        }
      }
      case MEASURED -> {
        if (!answer.liveAbove(policy.threshold())) {
          return;
        }
        String live = what + " is flowing now: " + answer.describe();
        if (breakGlass()) {
          override(d, q, live);
        } else if (warn) {
          findings.warn(d.change() + " would cut " + live + ". " + d.advice());
        } else {
          deny(
              d,
              d.change()
                  + " would cut "
                  + live
                  + threshold(policy)
                  + ". "
                  + d.advice()
                  + " "
                  + OVERRIDE_HINT);
        }
      }
    }
  }

  private void deny(Disruption d, String message) {
    findings.deny(new Violation(d.field(), message, "traffic-guard/" + d.guard().key()));
  }

  private void override(Disruption d, TrafficQuestion q, String why) {
    findings.warn(
        d.change()
            + " allowed by "
            + BREAK_GLASS
            + " (recorded for "
            + username
            + "), although "
            + why);
    findings.audit(
        d.guard().key()
            + " overridden by "
            + username
            + ": "
            + d.change()
            + " in "
            + q.scope()
            + " ("
            + why
            + ")");
  }

  private static String threshold(GuardPolicy policy) {
    return policy.threshold() > 0
        ? " (above the threshold " + TrafficAnswer.number(policy.threshold()) + ")"
        : "";
  }

  private boolean breakGlass() {
    return "true"
        .equals(
            context.object().raw().path("metadata").path("annotations").path(BREAK_GLASS).asText());
  }

  private TrafficAnswer await(TrafficQuestion q) {
    if (!guards.source().configured()) {
      return TrafficAnswer.notConfigured();
    }
    long remaining = Math.max(0, deadline - System.nanoTime());
    try {
      return guards.source().ask(q).get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return TrafficAnswer.unavailable(
          guards.source().describe()
              + " did not answer within "
              + PrometheusQueries.duration(guards.budget()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TrafficAnswer.unavailable("interrupted while asking " + guards.source().describe());
    } catch (ExecutionException | RuntimeException e) {
      return TrafficAnswer.unavailable(guards.source().describe() + " failed: " + e);
    }
  }
}
