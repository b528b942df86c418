package io.meshward.admission;

import io.meshward.config.MeshwardConfig;
import io.meshward.core.Violation;
import io.meshward.engine.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code Enforcement} applies the rollout mode to a verdict and names the decision in audit
 * annotations: {@code rule} (the rules that denied) and, in warn mode, {@code would-deny}. The API
 * server records them prefixed with the webhook's name ({@code validate.meshward.io/rule}); a key
 * that already has a prefix would be dropped.
 */
final class Enforcement {

  /** Audit annotation naming the rules behind a denial. */
  static final String RULE_ANNOTATION = "rule";

  /** Audit annotation set in warn mode when the object would have been denied. */
  static final String WOULD_DENY_ANNOTATION = "would-deny";

  private Enforcement() {}

  /**
   * The verdict and audit annotations to answer with.
   *
   * @param verdict the engine's verdict
   * @param mode the configured enforcement
   */
  static Decision apply(Verdict verdict, MeshwardConfig.Enforcement mode) {
    Map<String, String> annotations = new LinkedHashMap<>(verdict.auditAnnotations());
    if (verdict.allowed()) {
      return new Decision(verdict, annotations);
    }
    String rules =
        verdict.violations().isEmpty()
            ? "status-" + verdict.code()
            : verdict.violations().stream()
                .map(Violation::rule)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .collect(Collectors.joining(","));
    annotations.put(RULE_ANNOTATION, rules);
    if (mode != MeshwardConfig.Enforcement.WARN) {
      return new Decision(verdict, annotations);
    }
    annotations.put(WOULD_DENY_ANNOTATION, verdict.message());
    List<String> warnings = new ArrayList<>();
    if (verdict.violations().isEmpty()) {
      warnings.add("meshward would deny (warn mode): " + verdict.message());
    } else {
      verdict
          .violations()
          .forEach(v -> warnings.add("meshward would deny (warn mode): " + v.describe()));
    }
    warnings.addAll(verdict.warnings());
    return new Decision(Verdict.allow(warnings), annotations);
  }

  /**
   * The answer after enforcement.
   *
   * @param verdict what to answer
   * @param auditAnnotations audit annotations to attach
   */
  record Decision(Verdict verdict, Map<String, String> auditAnnotations) {}
}
