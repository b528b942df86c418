package io.meshward.schema;

import io.meshward.core.Violation;
import java.util.List;

/**
 * {@code SchemaReport} is the outcome of a schema check; immutable, so one report can answer many
 * requests ({@link RememberingSchemaCheck}).
 *
 * @param violations schema violations (rule id {@code schema})
 * @param warnings things allowed but worth saying, e.g. an unknown field Kuma ignores
 */
public record SchemaReport(List<Violation> violations, List<String> warnings) {

  /** Takes unmodifiable copies of both lists. */
  public SchemaReport {
    violations = List.copyOf(violations);
    warnings = List.copyOf(warnings);
  }

  /** A report with nothing to say. */
  public static SchemaReport clean() {
    return new SchemaReport(List.of(), List.of());
  }
}
