package io.meshward.engine;

import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.policy.PolicyRoles;
import io.meshward.schema.JsonSchemaCheck;
import java.util.Set;

/** The standard engine without traffic source or cluster, for tests that judge YAML objects. */
final class OfflineEngine {

  private static final ValidationEngine ENGINE =
      new ValidationEngine(
          JsonSchemaCheck.fromClasspath(),
          StandardValidators.create(new ProtoEnvoyValueParser(false)),
          new PolicyRoles(Set.of("kuma-system")),
          null);

  private OfflineEngine() {}

  /** The verdict on creating the object written in {@code yaml}. */
  static Verdict create(String yaml) throws Exception {
    return ENGINE.validate(
        new AdmissionInput(Operation.CREATE, Json.YAML.readTree(yaml), null, false, "u"));
  }
}
