package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * {@code CaBackendRules} is Kuma's {@code ValidateMTLSBackends} (Mesh CREATE and UPDATE): each CA
 * backend's {@code type} must be an installed CA plugin (the first unknown type stops the check),
 * and unless {@code mtls.skipValidation} the plugin validates the backend's {@code conf}: {@code
 * provided} needs a {@code cert} and a {@code key} data source, {@code builtin} needs a conf that
 * converts and a backend name that makes a valid Secret name. Other installed types (Kong Mesh's
 * {@code vault}, {@code acmpca}, {@code certmanager}) are accepted as they are. Paths are relative
 * to the spec.
 */
final class CaBackendRules {

  private final Set<String> installed;

  /**
   * @param installed the CA plugin types installed in the control plane
   */
  CaBackendRules(Set<String> installed) {
    this.installed = Set.copyOf(installed);
  }

  /** The CA backend violations of {@code spec}, the spec of the Mesh named {@code mesh}. */
  FieldErrors validate(String mesh, JsonNode spec) {
    FieldErrors errs = new FieldErrors();
    JsonNode mtls = SpecNodes.object(spec, "mtls");
    boolean skipValidation = SpecNodes.bool(mtls, "skipValidation");
    List<JsonNode> backends = SpecNodes.list(mtls, "backends");
    for (int i = 0; i < backends.size(); i++) {
      String path = "mtls." + FieldErrors.index("backends", i);
      String type = SpecNodes.text(backends.get(i), "type");
      if (type == null) {
        continue;
      }
      if (!installed.contains(type)) {
        errs.add(path + ".type", "could not find installed plugin for this type");
        return errs;
      }
      if (!skipValidation) {
        errs.addAt(path + ".conf", confErrors(type, mesh, backends.get(i)));
      }
    }
    return errs;
  }

  private static FieldErrors confErrors(String type, String mesh, JsonNode backend) {
    JsonNode conf = SpecNodes.get(backend, "conf");
    return switch (type) {
      case "provided" -> ProvidedCaConf.validate(conf);
      case "builtin" -> BuiltinCaConf.validate(mesh, SpecNodes.text(backend, "name"), conf);
      default -> new FieldErrors();
    };
  }
}
