package io.meshward.policy.common;

import io.meshward.core.KumaKind;
import io.meshward.core.Violations;
import io.meshward.policy.KindValidator;
import io.meshward.policy.ValidationContext;
import io.meshward.policy.targetref.TargetRefDeprecations;
import java.util.List;

/**
 * {@code TargetRefPolicyValidator} is what meshward checks of a targetRef policy kind beyond its
 * schema when the kind has no rules of its own yet: Kuma's top-level targetRef deprecation
 * warnings, which Kuma's webhook returns for every targetRef policy.
 */
public final class TargetRefPolicyValidator implements KindValidator {

  private final KumaKind kind;

  /**
   * @param kind the policy kind judged
   */
  public TargetRefPolicyValidator(KumaKind kind) {
    this.kind = kind;
  }

  @Override
  public String kind() {
    return kind.kindName();
  }

  @Override
  public void validate(ValidationContext ctx, Violations violations, List<String> warnings) {
    warnings.addAll(TargetRefDeprecations.topLevel(ctx.object().spec().path("targetRef")));
  }
}
