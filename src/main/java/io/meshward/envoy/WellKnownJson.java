package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Descriptors.Descriptor;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code WellKnownJson} checks the JSON forms of the {@code google.protobuf} types that protojson
 * writes specially (Duration, Timestamp, wrappers, Struct, Any, ...).
 */
final class WellKnownJson {

  static final String ANY = "google.protobuf.Any";
  static final String DURATION = "google.protobuf.Duration";
  private static final Pattern DURATION_TEXT = Pattern.compile("-?\\d+(\\.\\d{1,9})?s");
  private static final Set<String> FREE_FORM =
      Set.of("google.protobuf.Struct", "google.protobuf.Value", "google.protobuf.ListValue");
  private static final Set<String> TEXTUAL =
      Set.of("google.protobuf.Timestamp", "google.protobuf.FieldMask");
  private static final Set<String> WRAPPERS =
      Set.of(
          "google.protobuf.DoubleValue",
          "google.protobuf.FloatValue",
          "google.protobuf.Int64Value",
          "google.protobuf.UInt64Value",
          "google.protobuf.Int32Value",
          "google.protobuf.UInt32Value",
          "google.protobuf.BoolValue",
          "google.protobuf.StringValue",
          "google.protobuf.BytesValue");

  private WellKnownJson() {}

  static boolean isWellKnown(Descriptor type) {
    String name = type.getFullName();
    return name.equals(ANY)
        || name.equals(DURATION)
        || name.equals("google.protobuf.Empty")
        || FREE_FORM.contains(name)
        || TEXTUAL.contains(name)
        || WRAPPERS.contains(name);
  }

  /** Checks the JSON shape of a well-known type (Any payload fields are walked by the caller). */
  static void check(JsonNode json, Descriptor type, String path) throws EnvoyValueException {
    String name = type.getFullName();
    if (name.equals(DURATION)) {
      if (!json.isTextual() || !DURATION_TEXT.matcher(json.asText()).matches()) {
        throw new EnvoyValueException(
            "invalid duration \""
                + json.asText(json.toString())
                + "\" for field "
                + JsonScalarChecks.display(path));
      }
    } else if (TEXTUAL.contains(name)) {
      if (!json.isTextual()) {
        throw JsonScalarChecks.mismatch(json, "string", path);
      }
    } else if (WRAPPERS.contains(name)) {
      JsonScalarChecks.check(type.findFieldByName("value"), json, path);
    } else if (name.equals(ANY) || name.equals("google.protobuf.Empty")) {
      if (!json.isObject()) {
        throw JsonScalarChecks.mismatch(json, "object", path);
      }
    } else if (name.equals("google.protobuf.Struct") && !json.isObject()) {
      throw JsonScalarChecks.mismatch(json, "object", path);
    } else if (name.equals("google.protobuf.ListValue") && !json.isArray()) {
      throw JsonScalarChecks.mismatch(json, "array", path);
    }
  }
}
