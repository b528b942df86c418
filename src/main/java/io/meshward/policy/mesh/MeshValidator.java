package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Operation;
import io.meshward.core.Violation;
import io.meshward.core.Violations;
import io.meshward.policy.KindValidator;
import io.meshward.policy.ValidationContext;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code MeshValidator} holds Kuma's rules for the {@code Mesh} kind (Kuma 2.x), reported as Kuma's
 * Kubernetes webhook reports them (paths prefixed with {@code spec}):
 *
 * <ol>
 *   <li>values Kuma cannot decode ({@link SpecDecodeRules}) are reported by {@link #decode}, which
 *       the engine asks first (Kuma answers 400 and stops there);
 *   <li>the spec rules of {@code MeshResource.Validate()} ({@link MeshSpecRules}), alone, as Kuma's
 *       generic handler answers before the Mesh validator runs;
 *   <li>otherwise, on CREATE, a name longer than 63 characters and the CA backends ({@link
 *       CaBackendRules}); on UPDATE, a change of {@code mtls.enabledBackend} while mTLS is enabled
 *       in both the old and the new object, then the CA backends.
 * </ol>
 *
 * DELETE is judged by {@link MeshDeletionRule}.
 */
public final class MeshValidator implements KindValidator {

  /** CA plugin types of Kuma OSS. */
  public static final Set<String> KUMA_CA_TYPES = Set.of("builtin", "provided");

  /**
   * CA plugin types of Kong Mesh: Kuma's plus {@code vault}, {@code acmpca}, {@code certmanager}.
   */
  public static final Set<String> KONG_MESH_CA_TYPES =
      Set.of("builtin", "provided", "vault", "acmpca", "certmanager");

  static final String CA_CHANGE_FORBIDDEN =
      "Changing CA when mTLS is enabled is forbidden. Disable mTLS first and then change the CA";

  private final CaBackendRules caBackends;

  /**
   * A validator for Kong Mesh: every CA type Kong Mesh ships ({@link #KONG_MESH_CA_TYPES}) counts
   * as installed, so no Kong Mesh user is refused a CA their control plane has. On Kuma OSS, Kuma's
   * own webhook still refuses the Kong-only types; use {@link #MeshValidator(Set)} with {@link
   * #KUMA_CA_TYPES} to refuse them here too.
   */
  public MeshValidator() {
    this(KONG_MESH_CA_TYPES);
  }

  /**
   * @param installedCaTypes the CA plugin types installed in the control plane
   */
  public MeshValidator(Set<String> installedCaTypes) {
    this.caBackends = new CaBackendRules(installedCaTypes);
  }

  @Override
  public String kind() {
    return "Mesh";
  }

  @Override
  public void validate(ValidationContext ctx, Violations violations, List<String> warnings) {
    Operation op = ctx.operation();
    if (op != Operation.CREATE && op != Operation.UPDATE) {
      return;
    }
    JsonNode spec = ctx.object().spec();
    FieldErrors errs = MeshSpecRules.validate(spec);
    if (errs.isEmpty()) {
      errs = op == Operation.CREATE ? onCreate(ctx) : onUpdate(ctx);
    }
    report(errs, violations);
  }

  @Override
  public void decode(ValidationContext ctx, Violations undecodable) {
    Operation op = ctx.operation();
    if (op == Operation.CREATE || op == Operation.UPDATE) {
      report(SpecDecodeRules.validate(ctx.object().spec()), undecodable);
    }
  }

  private static void report(FieldErrors errs, Violations violations) {
    for (FieldErrors.Entry e : errs.entries()) {
      String field = e.field().isEmpty() ? "spec" : "spec." + e.field();
      violations.add(new Violation(field, e.message(), violations.rule()));
    }
  }

  private FieldErrors onCreate(ValidationContext ctx) {
    FieldErrors errs = new FieldErrors();
    if (ctx.object().name().length() > 63) {
      errs.add("name", "cannot be longer than 63 characters");
    }
    errs.addAt("", caBackends.validate(ctx.object().name(), ctx.object().spec()));
    return errs;
  }

  private FieldErrors onUpdate(ValidationContext ctx) {
    FieldErrors errs = new FieldErrors();
    if (ctx.oldObject() != null) {
      MeshSettings before = MeshSettings.of(ctx.oldObject().spec());
      MeshSettings after = MeshSettings.of(ctx.object().spec());
      if (before.mtlsEnabled()
          && after.mtlsEnabled()
          && !Objects.equals(before.enabledBackend(), after.enabledBackend())) {
        errs.add("mtls.enabledBackend", CA_CHANGE_FORBIDDEN);
      }
    }
    errs.addAt("", caBackends.validate(ctx.object().name(), ctx.object().spec()));
    return errs;
  }
}
