package io.meshward.policy;

import io.meshward.core.Violations;
import java.util.List;

/**
 * {@code KindValidator} holds the Kuma rules of one kind beyond its schema (Kuma's {@code
 * Validate()} for that kind). Implementations report every violation they find with Kuma-style
 * paths rooted at {@code spec} and never throw for bad input.
 */
public interface KindValidator {

  /** The kind this validator judges, e.g. {@code MeshProxyPatch}. */
  String kind();

  /**
   * Validates {@code ctx.object()}.
   *
   * @param ctx the object, the old object on UPDATE, the operation and the policy role
   * @param violations where violations go
   * @param warnings where warnings go (deprecations, things Kuma silently ignores)
   */
  void validate(ValidationContext ctx, Violations violations, List<String> warnings);

  /**
   * Reports the values Kuma cannot even decode into its typed resource (protojson fails, and Kuma
   * answers 400 before any rule runs). None by default.
   *
   * @param ctx the object, the old object on UPDATE, the operation and the policy role
   * @param undecodable where the undecodable values go
   */
  default void decode(ValidationContext ctx, Violations undecodable) {}
}
