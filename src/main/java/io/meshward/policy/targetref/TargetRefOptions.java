package io.meshward.policy.targetref;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code TargetRefOptions} says what a policy accepts in one of its {@code targetRef}s (Kuma's
 * {@code ValidateTargetRefOpts}).
 *
 * @param supportedKinds kinds allowed here; any other kind is {@code value '<Kind>' is not
 *     supported}
 * @param supportedKindsError replaces the "not supported" message when not empty
 * @param gatewayListenerTagsAllowed whether {@code MeshGateway} may carry listener {@code tags}
 * @param allowedInvalidNames names accepted even though they break the name character set
 * @param inboundPolicy whether the policy is an inbound one ({@code sectionName} on {@code
 *     Dataplane} is only allowed then)
 */
public record TargetRefOptions(
    Set<TargetRefKind> supportedKinds,
    String supportedKindsError,
    boolean gatewayListenerTagsAllowed,
    Set<String> allowedInvalidNames,
    boolean inboundPolicy) {

  /** Copies the sets so the options stay immutable. */
  public TargetRefOptions {
    supportedKinds =
        supportedKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(supportedKinds));
    supportedKindsError = supportedKindsError == null ? "" : supportedKindsError;
    allowedInvalidNames = Set.copyOf(allowedInvalidNames);
  }

  /** Options accepting {@code kinds}, with every other option at Kuma's default. */
  public static TargetRefOptions supporting(Set<TargetRefKind> kinds) {
    return new TargetRefOptions(kinds, "", false, Set.of(), false);
  }

  /** These options for an inbound policy (or not). */
  public TargetRefOptions withInboundPolicy(boolean inbound) {
    return new TargetRefOptions(
        supportedKinds,
        supportedKindsError,
        gatewayListenerTagsAllowed,
        allowedInvalidNames,
        inbound);
  }

  /** These options with MeshGateway listener tags allowed (or not). */
  public TargetRefOptions withGatewayListenerTagsAllowed(boolean allowed) {
    return new TargetRefOptions(
        supportedKinds, supportedKindsError, allowed, allowedInvalidNames, inboundPolicy);
  }

  /** These options with a custom message for an unsupported kind. */
  public TargetRefOptions withSupportedKindsError(String message) {
    return new TargetRefOptions(
        supportedKinds, message, gatewayListenerTagsAllowed, allowedInvalidNames, inboundPolicy);
  }
}
