package io.meshward.policy;

import io.meshward.core.KumaResource;
import io.meshward.core.Operation;

/**
 * {@code ValidationContext} is what a kind validator is given about one admission question.
 *
 * @param object the object to judge: the new object on CREATE/UPDATE, the stored one on DELETE
 * @param oldObject the stored object on UPDATE; {@code null} otherwise
 * @param operation CREATE, UPDATE or DELETE
 * @param role the policy role of {@code object}
 */
public record ValidationContext(
    KumaResource object, KumaResource oldObject, Operation operation, PolicyRole role) {}
