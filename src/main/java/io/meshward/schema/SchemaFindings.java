package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.meshward.core.FieldPath;
import io.meshward.core.KumaKind;
import io.meshward.core.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code SchemaFindings} turns the raw errors of one validation into a {@link SchemaReport}: one
 * violation per problem at a Kuma path, one for a failed {@code anyOf}/{@code oneOf} instead of one
 * per branch, no second complaint about a value whose type is already wrong, and unknown Mesh spec
 * fields as warnings (Kuma decodes the Mesh spec with protojson and ignores unknown fields).
 */
final class SchemaFindings {

  /** The rule id of every schema violation. */
  static final String RULE = "schema";

  private SchemaFindings() {}

  /**
   * The report for {@code errors} found in {@code object} of {@code kind} validated by {@code
   * schema}.
   */
  static SchemaReport report(KumaKind kind, JsonNode object, List<Error> errors, JsonNode schema) {
    if (errors.isEmpty()) {
      return SchemaReport.clean();
    }
    Set<String> wrongType = new HashSet<>();
    for (Error e : errors) {
      if ("type".equals(e.getKeyword()) && Combinator.of(e).isEmpty()) {
        wrongType.add(e.getInstanceLocation().toString());
      }
    }
    Set<Violation> violations = new LinkedHashSet<>();
    Set<String> warnings = new LinkedHashSet<>();
    Set<Combinator> reported = new HashSet<>();
    for (Error e : errors) {
      Optional<Combinator> combinator = Combinator.of(e);
      if (combinator.isPresent()) {
        if (reported.add(combinator.get())) {
          FieldPath field = KumaPaths.of(combinator.get().location(), schema);
          JsonNode value = object.at(field.toJsonPointer());
          violations.add(new Violation(field.toString(), SchemaMessages.noForm(e, value), RULE));
        }
      } else if ("type".equals(e.getKeyword())
          || !wrongType.contains(e.getInstanceLocation().toString())) {
        FieldPath field = fieldOf(e, schema);
        if (kind == KumaKind.MESH && isUnknownField(e) && isUnderSpec(field)) {
          warnings.add(field + ": unknown field, Kuma ignores it");
        } else {
          violations.add(new Violation(field.toString(), SchemaMessages.of(e, field), RULE));
        }
      }
    }
    return new SchemaReport(List.copyOf(violations), new ArrayList<>(warnings));
  }

  private static FieldPath fieldOf(Error error, JsonNode schema) {
    boolean namesProperty =
        error.getProperty() != null
            && ("required".equals(error.getKeyword()) || isUnknownField(error));
    return namesProperty
        ? KumaPaths.ofProperty(error.getInstanceLocation(), error.getProperty(), schema)
        : KumaPaths.of(error.getInstanceLocation(), schema);
  }

  private static boolean isUnknownField(Error error) {
    return "additionalProperties".equals(error.getKeyword())
        || "unevaluatedProperties".equals(error.getKeyword());
  }

  private static boolean isUnderSpec(FieldPath field) {
    List<Object> segments = field.segments();
    return segments.size() > 1 && "spec".equals(segments.get(0));
  }
}
