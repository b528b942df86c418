package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code ProvidedCaConf} is the {@code provided} CA plugin's {@code ValidateBackend} as far as it
 * can be judged from the object alone: {@code cert} and {@code key} have to be defined, each as a
 * data source with exactly one of {@code secret}, {@code file}, {@code inline} (base64) or {@code
 * inlineString}, not empty. Kuma then loads the data sources and checks the CA certificate; that
 * needs the Secrets and files of the control plane and is not done here. Paths are relative to the
 * backend's {@code conf}.
 */
final class ProvidedCaConf {

  private static final List<String> SOURCES = List.of("secret", "file", "inline", "inlineString");

  private ProvidedCaConf() {}

  /** The violations of a provided CA backend's {@code conf}. */
  static FieldErrors validate(JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    for (String field : List.of("cert", "key")) {
      String error = decodeError(field, SpecNodes.get(conf, field));
      if (error != null) {
        errs.add("", "could not convert backend config: " + error);
        return errs;
      }
    }
    for (String field : List.of("cert", "key")) {
      JsonNode source = SpecNodes.get(conf, field);
      if (!SpecNodes.isSet(source)) {
        errs.add(field, "has to be defined");
      } else {
        errs.addAt(field, dataSource(source));
      }
    }
    return errs;
  }

  /** Kuma's {@code datasource.Validate}. */
  private static FieldErrors dataSource(JsonNode source) {
    FieldErrors errs = new FieldErrors();
    List<String> chosen = chosen(source);
    if (chosen.isEmpty()) {
      errs.add("", "data source has to be chosen. Available sources: secret, file, inline");
      return errs;
    }
    String kind = chosen.get(0);
    String value = SpecNodes.get(source, kind).asText();
    if (value.isEmpty() && !kind.equals("inlineString")) {
      errs.add(kind, "cannot be empty");
    }
    return errs;
  }

  private static String decodeError(String field, JsonNode source) {
    if (!SpecNodes.isSet(source)) {
      return null;
    }
    if (!source.isObject()) {
      return "invalid value for message field " + field + ": " + source;
    }
    List<String> chosen = chosen(source);
    if (chosen.size() > 1) {
      return "error parsing " + field + ": oneof type is already set";
    }
    for (String kind : chosen) {
      JsonNode value = SpecNodes.get(source, kind);
      if (!value.isTextual()) {
        return "invalid value for " + kind + " field: " + value;
      }
      if (kind.equals("inline") && !isBase64(value.asText())) {
        return "invalid value for bytes field inline: " + value;
      }
    }
    return null;
  }

  private static List<String> chosen(JsonNode source) {
    List<String> chosen = new ArrayList<>();
    for (String kind : SOURCES) {
      if (SpecNodes.isSet(SpecNodes.get(source, kind))) {
        chosen.add(kind);
      }
    }
    return chosen;
  }

  private static boolean isBase64(String text) {
    String padded = text.replace('-', '+').replace('_', '/');
    while (padded.length() % 4 != 0) {
      padded += "=";
    }
    try {
      Base64.getDecoder().decode(padded);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
