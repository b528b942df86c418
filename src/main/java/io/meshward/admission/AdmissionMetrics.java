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

/**
 * {@code AdmissionMetrics} records every admission answer: {@code
 * meshward_admission_requests_total{webhook,kind,operation,allowed}}, {@code
 * meshward_admission_duration_seconds} (histogram) and {@code
 * meshward_rule_violations_total{rule}}.
 */
@ApplicationScoped
public class AdmissionMetrics {

  @Inject MeterRegistry registry;

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
    Counter.builder("meshward.admission.requests")
        .description("Admission requests answered")
        .tag("webhook", webhook)
        .tag("kind", kindTag)
        .tag("operation", operation)
        .tag("allowed", Boolean.toString(allowed))
        .register(registry)
        .increment();
    Timer.builder("meshward.admission.duration")
        .description("Time to answer an admission request")
        .tag("webhook", webhook)
        .publishPercentileHistogram()
        .register(registry)
        .record(duration);
    for (Violation v : violations) {
      Counter.builder("meshward.rule.violations")
          .description("Violations reported, by rule")
          .tag("rule", v.rule())
          .register(registry)
          .increment();
    }
  }
}
