package io.meshward.policy.meshproxypatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Empty;
import io.meshward.core.Json;
import io.meshward.envoy.EnvoyType;
import io.meshward.envoy.EnvoyValueParser;
import io.meshward.envoy.ParsedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for the Envoy parser: text that is not YAML fails with {@code unexpected EOF} (as Kuma
 * reports for {@code '{'}), anything else is valid. Top-level keys named in {@code unknownFields}
 * are reported as unknown Envoy fields. Every call is recorded.
 */
final class FakeEnvoyValueParser implements EnvoyValueParser {

  /** One call to {@link #parse}. */
  record Call(EnvoyType type, String value, boolean checkConstraints) {}

  private final Set<String> unknownFields;
  private final List<Call> calls = new ArrayList<>();

  FakeEnvoyValueParser() {
    this(Set.of());
  }

  FakeEnvoyValueParser(Set<String> unknownFields) {
    this.unknownFields = unknownFields;
  }

  List<Call> calls() {
    return calls;
  }

  @Override
  public ParsedValue parse(EnvoyType type, String value, boolean checkConstraints) {
    calls.add(new Call(type, value, checkConstraints));
    JsonNode tree;
    try {
      tree = Json.YAML.readTree(value);
    } catch (IOException e) {
      return new ParsedValue(null, "unexpected EOF", List.of());
    }
    List<String> unknown = new ArrayList<>();
    if (tree != null && tree.isObject()) {
      tree.fieldNames()
          .forEachRemaining(
              name -> {
                if (unknownFields.contains(name)) {
                  unknown.add(name);
                }
              });
    }
    return new ParsedValue(Empty.getDefaultInstance(), null, unknown);
  }
}
