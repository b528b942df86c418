package io.meshward.admission;

import io.meshward.core.KumaKind;
import io.meshward.core.Violation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code AdmissionMetrics} records every admission answer: {@code
 * meshward_admission_requests_total{webhook,kind,operation,allowed}}, {@code
 * meshward_admission_duration_seconds} (histogram) and {@code
 * meshward_rule_violations_total{rule}}.
 */
@ApplicationScoped
public class AdmissionMetrics {

  @Inject MeterRegistry registry;

  // Meters by tag values: registering looks a meter up by its whole id, on every request.
  private final Map<List<String>, Counter> requests = new ConcurrentHashMap<>();
  private final Map<String, Timer> durations = new ConcurrentHashMap<>();
  private final Map<String, Counter> ruleViolations = new ConcurrentHashMap<>();

  /**
   * Records one answer.
   *
   * @param webhook {@code validate} or {@code mutate}
   * @param kind the object's kind; kinds that are not Kuma's are recorded as {@code other}
   * @param operation the admission operation
   * @param allowed the answer
   * @param duration how long answering took
   * @param violations the violations reported
   */
  public void record(
      String webhook,
      String kind,
      String operation,
      boolean allowed,
      Duration duration,
      List<Violation> violations) {
    String kindTag = KumaKind.of(kind).isPresent() ? kind : "other";
    requests
        .computeIfAbsent(
            List.of(webhook, kindTag, operation, Boolean.toString(allowed)),
            tags ->
                Counter.builder("meshward.admission.requests")
                    .description("Admission requests answered")
                    .tag("webhook", tags.get(0))
                    .tag("kind", tags.get(1))
                    .tag("operation", tags.get(2))
                    .tag("allowed", tags.get(3))
                    .register(registry))
        .increment();
    durations
        .computeIfAbsent(
            webhook,
            tag ->
                Timer.builder("meshward.admission.duration")
                    .description("Time to answer an admission request")
                    .tag("webhook", tag)
                    .publishPercentileHistogram()
                    .register(registry))
        .record(duration);
    for (Violation v : violations) {
      ruleViolations
          .computeIfAbsent(
              v.rule(),
              rule ->
                  Counter.builder("meshward.rule.violations")
                      .description("Violations reported, by rule")
                      .tag("rule", rule)
                      .register(registry))
          .increment();
    }
  }
}
