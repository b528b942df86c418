package io.meshward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violation;
import io.meshward.core.Violations;
import io.meshward.guard.GuardCheck;
import io.meshward.guard.GuardRule;
import io.meshward.guard.TrafficGuards;
import io.meshward.policy.EffectCheck;
import io.meshward.policy.KindValidator;
import io.meshward.policy.MetaValidator;
import io.meshward.policy.PolicyRoles;
import io.meshward.policy.SystemNamespaceOnly;
import io.meshward.policy.ValidationContext;
import io.meshward.policy.mesh.MeshDeletionRule;
import io.meshward.policy.targetref.TargetRefDeprecations;
import io.meshward.schema.SchemaCheck;
import io.meshward.schema.SchemaReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code ValidationEngine} answers a validating admission question for a Kuma object, in the order
 * of Kuma's generic validating handler: unknown kinds are allowed; the object is decoded (the old
 * object on DELETE); DELETE of a Mesh is checked for attached Dataplanes; then the mesh and origin
 * labels and, when they pass, the kind's own rules (Kuma's webhook answers with the first step that
 * fails), reported together with the schema's violations (the API server's CRD check). An object
 * that passed them meets the effect checks ({@link EffectCheck}, e.g. whether its xDS config still
 * renders). Only an object that passed all of them meets the live-traffic guards ({@link
 * StandardGuards}), dry runs included.
 */
public final class ValidationEngine {

  private final SchemaCheck schema;
  private final Map<String, KindValidator> validators;
  private final PolicyRoles roles;
  private final SystemNamespaceOnly placement;
  private final MeshDeletionRule meshDeletion;
  private final TrafficGuards guards;
  private final Map<String, List<GuardRule>> guardRules;
  private final Map<String, List<EffectCheck>> effects;

  /**
   * An engine whose live-traffic guards have no traffic source: changes they recognise are allowed
   * with a warning that traffic was not verified.
   *
   * @param schema the schema check of every known kind
   * @param validators the kind validators (at most one per kind)
   * @param roles how policy roles are told
   * @param meshDeletion the Mesh DELETE rule; {@code null} to skip it (offline runs)
   */
  public ValidationEngine(
      SchemaCheck schema,
      List<KindValidator> validators,
      PolicyRoles roles,
      MeshDeletionRule meshDeletion) {
    this(schema, validators, roles, meshDeletion, TrafficGuards.unverified());
  }

  /**
   * An engine whose live-traffic guards ask {@code guards.source()}.
   *
   * @param schema the schema check of every known kind
   * @param validators the kind validators (at most one per kind)
   * @param roles how policy roles are told
   * @param meshDeletion the Mesh DELETE rule; {@code null} to skip it (offline runs)
   * @param guards the traffic source, budget, fail mode and per-guard enforcement
   */
  public ValidationEngine(
      SchemaCheck schema,
      List<KindValidator> validators,
      PolicyRoles roles,
      MeshDeletionRule meshDeletion,
      TrafficGuards guards) {
    this(schema, validators, roles, meshDeletion, guards, List.of());
  }

  /**
   * An engine that also runs {@code effects} on objects that passed the schema and kind rules.
   *
   * @param schema the schema check of every known kind
   * @param validators the kind validators (at most one per kind)
   * @param roles how policy roles are told
   * @param meshDeletion the Mesh DELETE rule; {@code null} to skip it (offline runs)
   * @param guards the traffic source, budget, fail mode and per-guard enforcement
   * @param effects checks of what a stored object would do (e.g. the xDS render check)
   */
  public ValidationEngine(
      SchemaCheck schema,
      List<KindValidator> validators,
      PolicyRoles roles,
      MeshDeletionRule meshDeletion,
      TrafficGuards guards,
      List<EffectCheck> effects) {
    this.effects = effects.stream().collect(Collectors.groupingBy(EffectCheck::kind));
    this.guards = guards;
    this.guardRules =
        StandardGuards.create().stream().collect(Collectors.groupingBy(GuardRule::kind));
    this.schema = schema;
    this.validators =
        validators.stream().collect(Collectors.toMap(KindValidator::kind, Function.identity()));
    this.roles = roles;
    this.placement = new SystemNamespaceOnly(roles.systemNamespaces());
    this.meshDeletion = meshDeletion;
  }

  private ValidationEngine(ValidationEngine other, List<EffectCheck> effects) {
    this.effects = effects.stream().collect(Collectors.groupingBy(EffectCheck::kind));
    this.guards = other.guards;
    this.guardRules = other.guardRules;
    this.schema = other.schema;
    this.validators = other.validators;
    this.roles = other.roles;
    this.placement = other.placement;
    this.meshDeletion = other.meshDeletion;
  }

  /** This engine with {@code effects} instead of its effect checks. */
  public ValidationEngine withEffects(List<EffectCheck> effects) {
    return new ValidationEngine(this, effects);
  }

  /** Judges {@code input}. Never throws for bad input: a malformed object is a 400 verdict. */
  public Verdict validate(AdmissionInput input) {
    Operation op = input.operation();
    if (op == Operation.CONNECT) {
      return Verdict.allow(List.of());
    }
    boolean delete = op == Operation.DELETE;
    JsonNode raw = delete ? input.oldObject() : input.object();
    String field = delete ? "oldObject" : "object";
    if (raw == null || raw.isNull() || raw.isMissingNode()) {
      return Verdict.errored(400, "request." + field + " is missing");
    }
    if (!raw.isObject()) {
      return Verdict.errored(400, "request." + field + " is not a JSON object");
    }
    KumaResource object = KumaResource.of(raw);
    String namespace = input.namespace().isEmpty() ? object.namespace() : input.namespace();
    Optional<String> misplaced =
        placement.refusal(object.apiVersion(), object.kind(), namespace, input.username());
    if (misplaced.isPresent()) {
      return Verdict.forbidden(misplaced.get());
    }
    KumaKind kind = KumaKind.of(object.kind()).orElse(null);
    if (kind == null) {
      return Verdict.allow(List.of());
    }
    String shapeError = ObjectShape.error(object);
    if (shapeError != null) {
      return Verdict.errored(400, "cannot decode " + object.kind() + ": " + shapeError);
    }
    if (delete) {
      return kind == KumaKind.MESH && meshDeletion != null
          ? meshDeletion.judge(object.name())
          : Verdict.allow(List.of());
    }
    KumaResource old = null;
    if (op == Operation.UPDATE && input.oldObject() != null && input.oldObject().isObject()) {
      old = KumaResource.of(input.oldObject());
    }
    ValidationContext ctx = new ValidationContext(object, old, op, roles.roleOf(object));
    Verdict verdict = judge(kind, ctx);
    if (verdict.allowed()) {
      verdict = effects(kind, ctx, verdict);
    }
    return verdict.allowed() ? guard(kind, ctx, input.username(), verdict) : verdict;
  }

  /** Runs the effect checks of {@code kind} on an object that passed the rules. */
  private Verdict effects(KumaKind kind, ValidationContext ctx, Verdict passed) {
    List<EffectCheck> checks = effects.getOrDefault(kind.kindName(), List.of());
    if (checks.isEmpty()) {
      return passed;
    }
    Violations found = new Violations(kind.kindName().toLowerCase());
    List<String> warnings = new ArrayList<>(passed.warnings());
    checks.forEach(c -> c.validate(ctx, found, warnings));
    return found.isEmpty() ? Verdict.allow(warnings) : Verdict.invalid(found.list(), warnings);
  }

  /** Runs the live-traffic guards of {@code kind} on an object that passed the rules. */
  private Verdict guard(KumaKind kind, ValidationContext ctx, String user, Verdict passed) {
    List<GuardRule> rules = guardRules.getOrDefault(kind.kindName(), List.of());
    if (rules.isEmpty()) {
      return passed;
    }
    GuardCheck check = new GuardCheck(ctx, user, guards);
    rules.forEach(rule -> rule.check(check));
    List<String> warnings = new ArrayList<>(passed.warnings());
    warnings.addAll(check.findings().warnings());
    Verdict verdict =
        check.findings().violations().isEmpty()
            ? Verdict.allow(warnings)
            : Verdict.invalid(check.findings().violations(), warnings);
    return verdict.withAuditAnnotations(check.findings().auditAnnotations());
  }

  private Verdict judge(KumaKind kind, ValidationContext ctx) {
    Violations rules = new Violations(kind.kindName().toLowerCase());
    List<String> warnings = new ArrayList<>();
    KindValidator validator = validators.get(kind.kindName());
    SchemaReport report = schema.validate(kind, ctx.object().raw());
    warnings.addAll(report.warnings());
    Verdict undecodable = undecodable(kind, ctx, validator, report, warnings);
    if (undecodable != null) {
      return undecodable;
    }
    // Kuma answers with the metadata's violations alone, before it looks at the spec.
    MetaValidator.validate(ctx.object(), kind.isPolicy(), rules);
    List<String> kindWarnings = new ArrayList<>();
    if (validator != null && rules.isEmpty()) {
      validator.validate(ctx, rules, kindWarnings);
    }
    List<Violation> all = new ArrayList<>(rules.list());
    Set<String> reported = new HashSet<>();
    rules.list().forEach(v -> reported.add(v.field()));
    for (Violation v : report.violations()) {
      // Kuma's own message for a field is more precise than the schema's: keep only one.
      if (!reported.contains(v.field())) {
        all.add(v);
      }
    }
    if (!all.isEmpty()) {
      warnings.addAll(kindWarnings);
      return Verdict.invalid(all, warnings);
    }
    // Kuma's handler gives the deprecations of the resource with an allowed answer only.
    if (kind.isPolicy()) {
      warnings.addAll(TargetRefDeprecations.topLevel(ctx.object().spec().path("targetRef")));
    }
    warnings.addAll(kindWarnings);
    return Verdict.allow(warnings);
  }

  /**
   * The 400 answer for an object Kuma cannot decode, or null: the values the kind's validator
   * cannot decode, and for a kind whose CRD leaves the spec unchecked (the Mesh) what its schema
   * refuses too, since protojson is then the first to see it.
   */
  private static Verdict undecodable(
      KumaKind kind,
      ValidationContext ctx,
      KindValidator validator,
      SchemaReport report,
      List<String> warnings) {
    Violations found = new Violations(kind.kindName().toLowerCase());
    if (validator != null) {
      validator.decode(ctx, found);
    }
    List<Violation> values = new ArrayList<>(found.list());
    if (kind.specCheckedOnlyByDecoding()) {
      Set<String> fields = new HashSet<>();
      values.forEach(v -> fields.add(v.field()));
      report.violations().stream().filter(v -> !fields.contains(v.field())).forEach(values::add);
    }
    return values.isEmpty() ? null : Verdict.undecodable(kind.kindName(), values, warnings);
  }
}
