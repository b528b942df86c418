package io.meshward.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code SarifReport} writes SARIF 2.1.0 for code scanning: one run of the {@code meshward} tool,
 * one rule per rule id seen, one result per violation (level {@code error}), warning (level {@code
 * warning}, rule {@code admission-warning}) and input error (rule {@code input}). Every result has
 * a logical location {@code Kind/namespace/name} and, for files, a physical location with its
 * region.
 */
final class SarifReport implements ReportWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final Map<String, Integer> rules = new LinkedHashMap<>();

  @Override
  public String render(CheckReport report) {
    rules.clear();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "meshward");
    ArrayNode results = run.putArray("results");
    for (DocumentResult r : report.results()) {
      for (Finding f : r.violations()) {
        result(results, f.rule(), "error", f.describe(), r.file(), f.line(), f.column(), r.ref());
      }
      for (String w : r.warnings()) {
        result(results, "admission-warning", "warning", w, r.file(), r.line(), 1, r.ref());
      }
    }
    for (InputError e : report.errors()) {
      Position p = e.position();
      result(results, "input", "error", e.message(), e.file(), p.line(), p.column(), null);
    }
    ArrayNode ruleList = driver.putArray("rules");
    rules.keySet().forEach(id -> rule(ruleList.addObject(), id));
    return JsonText.write(root);
  }

  private void result(
      ArrayNode results,
      String rule,
      String level,
      String message,
      String file,
      int line,
      int column,
      String object) {
    int ruleIndex = rules.computeIfAbsent(rule, r -> rules.size());
    ObjectNode result = results.addObject();
    result.put("ruleId", rule);
    result.put("ruleIndex", ruleIndex);
    result.put("level", level);
    result.putObject("message").put("text", object == null ? message : object + ": " + message);
    ObjectNode location = result.putArray("locations").addObject();
    if (!file.startsWith("<")) {
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", file);
      physical.putObject("region").put("startLine", line).put("startColumn", column);
    }
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", object == null ? file : object);
    logical.put("kind", object == null ? "module" : "resource");
  }

  private static void rule(ObjectNode rule, String id) {
    rule.put("id", id);
    rule.putObject("shortDescription").put("text", describe(id));
  }

  private static String describe(String id) {
    return switch (id) {
      case "schema" -> "The CRD schema check the API server makes";
      case "admission-warning" -> "A warning the admission webhook would return";
      case "input" -> "An input file that cannot be read or parsed";
      case "decode" -> "An object the admission webhook cannot decode";
      case "forbidden" -> "An operation the admission webhook forbids";
      default -> "Kuma admission rules of " + id;
    };
  }
}
