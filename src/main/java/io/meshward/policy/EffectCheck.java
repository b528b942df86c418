package io.meshward.policy;

import io.meshward.core.Violations;
import java.util.List;

/**
 * {@code EffectCheck} judges what an object would do once stored, beyond Kuma's admission rules:
 * for example whether the config Kuma generates from it can still be applied to the proxies it
 * targets. The engine runs it only on objects that passed the schema and the kind's rules.
 * Implementations report violations with paths rooted at {@code spec} and never throw for bad
 * input.
 */
public interface EffectCheck {

  /** The kind this check judges, e.g. {@code MeshProxyPatch}. */
  String kind();

  /**
   * Checks the effect of storing {@code ctx.object()}.
   *
   * @param ctx the object, the old object on UPDATE, the operation and the policy role
   * @param violations where violations go
   * @param warnings where warnings go
   */
  void validate(ValidationContext ctx, Violations violations, List<String> warnings);
}
