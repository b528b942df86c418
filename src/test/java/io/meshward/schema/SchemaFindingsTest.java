package io.meshward.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.meshward.core.KumaKind;
import io.meshward.core.Violation;
import org.junit.jupiter.api.Test;

/** Collapsing of combinator errors, on a hand-written schema (the generated ones have none). */
class SchemaFindingsTest {

  private static final JsonNode SCHEMA =
      SchemaSamples.yaml(
          """
          type: object
          properties:
            spec:
              type: object
              properties:
                port:
                  anyOf:
                  - {type: integer, minimum: 1}
                  - {type: string, pattern: "^[a-z]+$"}
                mode:
                  oneOf:
                  - {enum: [A]}
                  - {enum: [B]}
                  - {type: string, pattern: "^A"}
                target:
                  anyOf:
                  - {type: object, properties: {a: {type: string}}, required: [a]}
                  - {type: string}
          """);

  private static SchemaReport check(String yaml) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA);
    JsonNode object = SchemaSamples.yaml(yaml);
    return SchemaFindings.report(KumaKind.MESH_TIMEOUT, object, schema.validate(object), SCHEMA);
  }

  @Test
  void anyOfFailureIsOneViolationAtTheValue() {
    SchemaReport report = check("spec: {port: \"80\", mode: CC}");

    assertThat(report.violations())
        .containsExactlyInAnyOrder(
            new Violation(
                "spec.port",
                "Invalid value: \"80\": does not match any of the allowed forms",
                "schema"),
            new Violation(
                "spec.mode",
                "Invalid value: \"CC\": does not match any of the allowed forms",
                "schema"));
  }

  @Test
  void errorsDeepInsideABranchAreReportedAtTheCombinatorsValue() {
    assertThat(check("spec: {target: {a: 1}}").violations())
        .containsExactly(
            new Violation(
                "spec.target",
                "Invalid value: {\"a\":1}: does not match any of the allowed forms",
                "schema"));
  }

  @Test
  void oneOfMatchingTwoBranchesSaysSo() {
    assertThat(check("spec: {mode: A}").violations())
        .containsExactly(
            new Violation(
                "spec.mode",
                "Invalid value: \"A\": matches more than one of the allowed forms",
                "schema"));
  }

  @Test
  void matchingBranchGivesNothing() {
    assertThat(check("spec: {port: 80, mode: B, target: x}").violations()).isEmpty();
  }
}
