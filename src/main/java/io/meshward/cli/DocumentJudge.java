package io.meshward.cli;

import io.meshward.cli.report.DocumentResult;
import io.meshward.cli.report.Finding;
import io.meshward.cli.report.Position;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violation;
import io.meshward.engine.AdmissionInput;
import io.meshward.engine.ValidationEngine;
import io.meshward.engine.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DocumentJudge} puts one admission question to the engine the webhook uses and places every
 * violation in the source file.
 */
final class DocumentJudge {

  private final ValidationEngine engine;
  private final Normalizer normalizer;

  DocumentJudge(ValidationEngine engine, Normalizer normalizer) {
    this.engine = engine;
    this.normalizer = normalizer;
  }

  /**
   * Judges a change: {@code head} alone is a CREATE, both an UPDATE, {@code base} alone a DELETE.
   */
  DocumentResult judge(KumaDocument head, KumaDocument base) {
    Operation op =
        head == null ? Operation.DELETE : base == null ? Operation.CREATE : Operation.UPDATE;
    KumaDocument doc = head == null ? base : head;
    Verdict verdict =
        engine.validate(
            new AdmissionInput(
                op,
                head == null ? null : head.object(),
                base == null ? null : base.object(),
                true));
    List<Finding> findings = new ArrayList<>();
    for (Violation v : verdict.violations()) {
      Position at = doc.locate(v.field());
      findings.add(
          new Finding(doc.reportedField(v.field()), v.message(), v.rule(), at.line(), at.column()));
    }
    if (!verdict.allowed() && findings.isEmpty()) {
      // Denied without field causes (cannot decode, forbidden): the whole object is at fault.
      Position at = doc.source().positions().root();
      findings.add(new Finding("", verdict.message(), rule(verdict), at.line(), at.column()));
    }
    boolean patchable = verdict.allowed() && op != Operation.DELETE;
    KumaResource r = doc.resource();
    return new DocumentResult(
        doc.source().file(),
        doc.source().line(),
        doc.source().index(),
        doc.universal() ? "" : r.apiVersion(),
        r.kind(),
        r.name(),
        r.namespace(),
        op.name(),
        verdict.allowed(),
        List.copyOf(findings),
        verdict.warnings(),
        patchable ? normalizer.patch(head.object()) : Json.MAPPER.createArrayNode());
  }

  private static String rule(Verdict verdict) {
    return switch (verdict.code()) {
      case 400 -> "decode";
      case 403 -> "forbidden";
      default -> "admission";
    };
  }
}
