package io.meshward.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;

/**
 * {@code JsonReport} writes the JSON contract: {@code {"summary": {...}, "results": [...]}} with
 * exactly the fields {@code docs/cli.md} lists. Input errors appear only as {@code summary.errors}
 * (their messages go to standard error).
 */
final class JsonReport implements ReportWriter {

  @Override
  public String render(CheckReport report) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    Summary s = report.summary();
    ObjectNode summary = root.putObject("summary");
    summary.put("documents", s.documents());
    summary.put("denied", s.denied());
    summary.put("warnings", s.warnings());
    summary.put("mutated", s.mutated());
    summary.put("skipped", s.skipped());
    summary.put("errors", s.errors());
    ArrayNode results = root.putArray("results");
    for (DocumentResult r : report.results()) {
      ObjectNode o = results.addObject();
      o.put("file", r.file());
      o.put("line", r.line());
      o.put("document", r.document());
      o.put("apiVersion", r.apiVersion());
      o.put("kind", r.kind());
      o.put("name", r.name());
      o.put("namespace", r.namespace());
      o.put("operation", r.operation());
      o.put("allowed", r.allowed());
      ArrayNode violations = o.putArray("violations");
      for (Finding f : r.violations()) {
        ObjectNode v = violations.addObject();
        v.put("field", f.field());
        v.put("message", f.message());
        v.put("rule", f.rule());
        v.put("line", f.line());
        v.put("column", f.column());
      }
      ArrayNode warnings = o.putArray("warnings");
      r.warnings().forEach(warnings::add);
      o.set("patch", r.patch());
    }
    if (report.xds() != null) {
      root.set("xds", XdsText.json(report.xds()));
    }
    return JsonText.write(root);
  }
}
