package io.meshward.policy.targetref;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.core.Violations;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code TargetRefValidator} checks one {@code targetRef} like Kuma's {@code ValidateTargetRef}:
 * the kind must be given and supported, then each kind forbids or requires its own fields.
 * Violations are reported under the given path (e.g. {@code spec.targetRef.kind}) in Kuma's order.
 * A {@code targetRef} or {@code kind} of the wrong JSON type is left to the schema check.
 */
public final class TargetRefValidator {

  private static final Pattern NAME = Pattern.compile("^[0-9a-z.\\-_]*$");
  private static final String NAME_MESSAGE =
      "invalid characters: must consist of lower case alphanumeric characters, '-', '.' and '_'.";

  private TargetRefValidator() {}

  /**
   * Validates {@code ref} (absent or {@code null}: nothing to check).
   *
   * @param ref the raw {@code targetRef}
   * @param path where it sits, e.g. {@code spec.targetRef}
   * @param options the kinds supported here and the other switches
   * @param out where violations go
   */
  public static void validate(
      JsonNode ref, FieldPath path, TargetRefOptions options, Violations out) {
    if (ref == null || !ref.isObject()) {
      return;
    }
    JsonNode kindNode = ref.path("kind");
    if (!kindNode.isMissingNode() && !kindNode.isNull() && !kindNode.isTextual()) {
      return;
    }
    TargetRefFields f = TargetRefFields.of(ref);
    if (f.kind().isEmpty()) {
      out.add(path.field("kind"), "must be defined");
      return;
    }
    TargetRefKind kind = TargetRefKind.of(f.kind()).orElse(null);
    if (kind == null || !options.supportedKinds().contains(kind)) {
      String message = options.supportedKindsError();
      out.add(
          path.field("kind"),
          message.isEmpty() ? "value '" + f.kind() + "' is not supported" : message);
      return;
    }
    new Check(path, kind, f, options, out).run();
  }

  /** The per-kind rules for one targetRef of a supported kind. */
  private record Check(
      FieldPath path,
      TargetRefKind kind,
      TargetRefFields f,
      TargetRefOptions opts,
      Violations out) {

    void run() {
      switch (kind) {
        case MESH -> {
          if (!f.name().isEmpty()) {
            out.add(path.field("name"), "using name with kind Mesh is not yet supported");
          }
          forbid("mesh", !f.mesh().isEmpty());
          forbid("tags", !f.tags().isEmpty());
          forbid("labels", !f.labels().isEmpty());
          forbid("namespace", !f.namespace().isEmpty());
          forbid("sectionName", !f.sectionName().isEmpty());
          if (f.proxyTypesCount() == 0) {
            out.add(path.field("proxyTypes"), "must be undefined or have at least one element");
          }
        }
        case DATAPLANE -> {
          forbid("tags", !f.tags().isEmpty());
          forbid("mesh", !f.mesh().isEmpty());
          forbid("proxyTypes", f.hasProxyTypes());
          labelsOrNameAndNamespace("either labels or name and namespace must be specified");
          if (!opts.inboundPolicy() && !f.sectionName().isEmpty()) {
            out.add(path.field("sectionName"), "can only be used with inbound policies");
          }
        }
        case MESH_SUBSET -> {
          forbid("name", !f.name().isEmpty());
          forbid("mesh", !f.mesh().isEmpty());
          TagRules.validateTags(path.field("tags"), f.tags(), out);
          forbid("labels", !f.labels().isEmpty());
          forbid("namespace", !f.namespace().isEmpty());
          forbid("sectionName", !f.sectionName().isEmpty());
        }
        case MESH_SERVICE, MESH_HTTP_ROUTE, MESH_MULTI_ZONE_SERVICE -> {
          serviceLike("either labels or name and namespace must be specified");
          if (!f.labels().isEmpty() && !f.sectionName().isEmpty()) {
            out.add(path.field("sectionName"), "sectionName should not be combined with labels");
          }
        }
        case MESH_SERVICE_SUBSET, MESH_GATEWAY -> {
          require("name", !f.name().isEmpty());
          name();
          forbid("mesh", !f.mesh().isEmpty());
          forbid("proxyTypes", f.hasProxyTypes());
          TagRules.validateSelector(path.field("tags"), f.tags(), out);
          if (kind == TargetRefKind.MESH_GATEWAY && !opts.gatewayListenerTagsAllowed()) {
            forbid("tags", !f.tags().isEmpty());
          }
          forbid("labels", !f.labels().isEmpty());
          forbid("namespace", !f.namespace().isEmpty());
          forbid("sectionName", !f.sectionName().isEmpty());
        }
        case MESH_EXTERNAL_SERVICE -> {
          serviceLike("either labels or name must be specified");
          forbid("sectionName", !f.sectionName().isEmpty());
        }
      }
    }

    private void serviceLike(String labelsMessage) {
      name();
      forbid("mesh", !f.mesh().isEmpty());
      forbid("tags", !f.tags().isEmpty());
      forbid("proxyTypes", f.hasProxyTypes());
      if (f.labels().isEmpty()) {
        require("name", !f.name().isEmpty());
      }
      labelsOrNameAndNamespace(labelsMessage);
    }

    private void labelsOrNameAndNamespace(String message) {
      Map<String, String> labels = f.labels();
      if (!labels.isEmpty() && (!f.name().isEmpty() || !f.namespace().isEmpty())) {
        out.add(path.field("labels"), message);
      }
    }

    private void name() {
      if (!opts.allowedInvalidNames().contains(f.name()) && !NAME.matcher(f.name()).matches()) {
        out.add(path.field("name"), NAME_MESSAGE);
      }
    }

    private void forbid(String field, boolean set) {
      if (set) {
        out.add(path.field(field), "must not be set with kind " + kind.kindName());
      }
    }

    private void require(String field, boolean set) {
      if (!set) {
        out.add(path.field(field), "must be set with kind " + kind.kindName());
      }
    }
  }
}
