package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.protobuf.Message;
import io.meshward.envoy.ParsedValue;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.policy.meshproxypatch.ModificationType;
import java.util.Iterator;

/**
 * {@code PatchModification} is one {@code appendModifications} item read for application: its type,
 * operation, {@code match} and either {@code value} or {@code jsonPatches}.
 *
 * @param type the modification type ({@code cluster}, {@code listener}, ...)
 * @param operation the operation as written, e.g. {@code AddFirst}
 * @param match the {@code match} object; a missing node when absent (matches everything)
 * @param value the Envoy YAML of {@code value}; null when absent
 * @param jsonPatches the {@code jsonPatches} list; a missing node when absent
 */
public record PatchModification(
    ModificationType type, String operation, JsonNode match, String value, JsonNode jsonPatches) {

  private static final ProtoEnvoyValueParser PARSER = ProtoEnvoyValueParser.matchingKuma();

  /** Reads one {@code appendModifications} item. */
  public static PatchModification of(JsonNode item) throws XdsException {
    Iterator<String> keys = item.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      var type = ModificationType.ofKey(key);
      if (type.isPresent() && item.get(key).isObject()) {
        JsonNode body = item.get(key);
        JsonNode match =
            body.path("match").isObject() ? body.get("match") : MissingNode.getInstance();
        String value = body.path("value").isTextual() ? body.get("value").asText() : null;
        JsonNode patches =
            body.path("jsonPatches").isArray()
                ? body.get("jsonPatches")
                : MissingNode.getInstance();
        return new PatchModification(
            type.get(), body.path("operation").asText(""), match, value, patches);
      }
    }
    throw new XdsException("exactly one modification can be defined at a time");
  }

  /** Whether {@code jsonPatches} holds at least one operation (it then wins over {@code value}). */
  public boolean hasJsonPatches() {
    return jsonPatches.isArray() && !jsonPatches.isEmpty();
  }

  /** A text field of {@code match}; null when absent. */
  public String matchText(String field) {
    JsonNode v = match.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  /** {@code value} parsed as this type's Envoy message (without field constraints, as Kuma). */
  public Message parsedValue() throws XdsException {
    // The parser remembers outcomes by text: a stored patch is applied by many renders.
    ParsedValue parsed = PARSER.parse(type.envoyType(), value == null ? "" : value, false);
    if (!parsed.valid()) {
      throw new XdsException(parsed.error());
    }
    return parsed.message();
  }

  /** Kuma's error for an operation this type does not apply. */
  public XdsException invalidOperation() {
    return new XdsException("invalid operation: " + operation);
  }
}
