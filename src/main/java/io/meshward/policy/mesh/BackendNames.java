package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.GoQuote;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code BackendNames} tracks backend names in order, reporting a name used twice and telling
 * whether a default or enabled backend names one of them, as Kuma does for logging, tracing and
 * metrics backends.
 */
final class BackendNames {

  private final Set<String> used = new HashSet<>();

  /**
   * Kuma's loop over a backend list ({@code logging}, {@code tracing}): each backend's own rules,
   * names used once, and {@code defaultBackend} naming one of them.
   *
   * @param section the section holding {@code backends} and {@code defaultBackend}; none when null
   * @param backendRules the rules of one backend
   * @param unknownDefault the message when {@code defaultBackend} names no backend
   */
  static FieldErrors validateList(
      JsonNode section, Function<JsonNode, FieldErrors> backendRules, String unknownDefault) {
    FieldErrors errs = new FieldErrors();
    if (section == null) {
      return errs;
    }
    List<JsonNode> backends = SpecNodes.list(section, "backends");
    BackendNames names = new BackendNames();
    for (int i = 0; i < backends.size(); i++) {
      errs.addAt(FieldErrors.index("backends", i), backendRules.apply(backends.get(i)));
      names.record(SpecNodes.text(backends.get(i), "name"), i, errs);
    }
    names.requireKnown(
        SpecNodes.text(section, "defaultBackend"), "defaultBackend", unknownDefault, errs);
    return errs;
  }

  /**
   * Records the name of backend {@code index}, reporting it when already used.
   *
   * @param name the name; {@code null} when unreadable (then nothing is recorded)
   */
  void record(String name, int index, FieldErrors errs) {
    if (name == null) {
      return;
    }
    if (!used.add(name)) {
      errs.add(
          FieldErrors.field(FieldErrors.index("backends", index), "name"),
          GoQuote.of(name) + " name is already used for another backend");
    }
  }

  /** Reports {@code field} when {@code reference} is set but names no backend. */
  void requireKnown(String reference, String field, String message, FieldErrors errs) {
    if (reference != null && !reference.isEmpty() && !used.contains(reference)) {
      errs.add(field, message);
    }
  }
}
