package io.meshward.guard;

import io.meshward.core.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GuardFindings} collects what the guards of one request found: violations (denials),
 * warnings and audit annotations.
 */
public final class GuardFindings {

  /** The audit annotation key recording a break-glass override (the API server prefixes it). */
  public static final String AUDIT_KEY = "allow-traffic-disruption";

  private final List<Violation> violations = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> audit = new LinkedHashMap<>();

  void deny(Violation violation) {
    violations.add(violation);
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void audit(String value) {
    audit.merge(AUDIT_KEY, value, (a, b) -> a + "; " + b);
  }

  /** The denials. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** The warnings. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The audit annotations. */
  public Map<String, String> auditAnnotations() {
    return Map.copyOf(audit);
  }
}
