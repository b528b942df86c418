package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code MtlsRules} is Kuma's {@code validateMtls}: at most one CA backend, unique backend names,
 * {@code enabledBackend} naming a backend, and a parseable {@code dpCert.rotation.expiration}
 * wherever {@code dpCert} is set. Paths are relative to {@code mtls}.
 */
final class MtlsRules {

  /** How many CA backends a mesh may have (Kuma's {@code AllowedMTLSBackends}). */
  static final int ALLOWED_BACKENDS = 1;

  private MtlsRules() {}

  /** The violations of {@code mtls}; none when it is unset. */
  static FieldErrors validate(JsonNode mtls) {
    FieldErrors errs = new FieldErrors();
    if (mtls == null) {
      return errs;
    }
    List<JsonNode> backends = SpecNodes.list(mtls, "backends");
    if (backends.size() > ALLOWED_BACKENDS) {
      errs.add("backends", "cannot have more than " + ALLOWED_BACKENDS + " backends");
    }
    BackendNames names = new BackendNames();
    for (int i = 0; i < backends.size(); i++) {
      names.record(SpecNodes.text(backends.get(i), "name"), i, errs);
    }
    names.requireKnown(
        SpecNodes.text(mtls, "enabledBackend"),
        "enabledBackend",
        "has to be set to one of the backends in the mesh",
        errs);
    for (JsonNode backend : backends) {
      JsonNode dpCert = SpecNodes.object(backend, "dpCert");
      if (dpCert == null) {
        continue;
      }
      String expiration = SpecNodes.text(SpecNodes.object(dpCert, "rotation"), "expiration");
      if (expiration != null && !KumaDurations.isKumaDuration(expiration)) {
        errs.add("dpcert.rotation.expiration", "has to be a valid format");
      }
    }
    return errs;
  }
}
