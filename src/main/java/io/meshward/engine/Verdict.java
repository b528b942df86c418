package io.meshward.engine;

import io.meshward.core.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code Verdict} is the engine's answer, shaped like Kuma's admission responses: allowed with
 * warnings, or denied with a status code, a reason and (for field violations) one cause per
 * violation.
 *
 * @param allowed whether the object is admitted
 * @param code HTTP-style status code: 200, 400 (cannot decode), 403, 422 (Invalid), 503
 * @param reason Kubernetes status reason ({@code Invalid}, {@code Forbidden}, …); empty when none
 * @param message the status message; for field violations {@code field: msg; field: msg}
 * @param violations the field violations: the causes of an {@code Invalid} answer, or the values a
 *     400 answer could not decode
 * @param warnings admission warnings
 * @param auditAnnotations audit annotations for the response (e.g. a break-glass override)
 */
public record Verdict(
    boolean allowed,
    int code,
    String reason,
    String message,
    List<Violation> violations,
    List<String> warnings,
    Map<String, String> auditAnnotations) {

  /** Copies the audit annotations. */
  public Verdict {
    auditAnnotations = Map.copyOf(auditAnnotations);
  }

  /** A verdict without audit annotations. */
  public Verdict(
      boolean allowed,
      int code,
      String reason,
      String message,
      List<Violation> violations,
      List<String> warnings) {
    this(allowed, code, reason, message, violations, warnings, Map.of());
  }

  /** This verdict with {@code annotations} as its audit annotations. */
  public Verdict withAuditAnnotations(Map<String, String> annotations) {
    return new Verdict(allowed, code, reason, message, violations, warnings, annotations);
  }

  /** Allowed, with warnings. */
  public static Verdict allow(List<String> warnings) {
    return new Verdict(true, 200, "", "", List.of(), List.copyOf(warnings));
  }

  /**
   * Denied with 422 Invalid and one cause per violation (Kuma's {@code convertValidationErrorOf}).
   */
  public static Verdict invalid(List<Violation> violations, List<String> warnings) {
    String message = violations.stream().map(Violation::describe).collect(Collectors.joining("; "));
    return new Verdict(
        false, 422, "Invalid", message, List.copyOf(violations), List.copyOf(warnings));
  }

  /** Denied with {@code code} and a message only (Kuma's {@code admission.Errored}). */
  public static Verdict errored(int code, String message) {
    return new Verdict(false, code, "", message, List.of(), List.of());
  }

  /**
   * Denied with 400 because values of the object cannot be decoded (Kuma's {@code
   * admission.Errored(400, err)}): the message names the first, as a decoder stops there; the
   * violations locate them all for offline reports, and are not causes of the response.
   */
  public static Verdict undecodable(String kind, List<Violation> values, List<String> warnings) {
    String message = "cannot decode " + kind + ": " + values.get(0).describe();
    return new Verdict(false, 400, "", message, List.copyOf(values), List.copyOf(warnings));
  }

  /** Denied with 403 Forbidden and a message, as Kuma's {@code admission.Denied} answers. */
  public static Verdict forbidden(String message) {
    return new Verdict(false, 403, "Forbidden", message, List.of(), List.of());
  }
}
