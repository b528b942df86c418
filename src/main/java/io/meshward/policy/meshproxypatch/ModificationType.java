package io.meshward.policy.meshproxypatch;

import static io.meshward.policy.meshproxypatch.ModificationOperation.ADD;
import static io.meshward.policy.meshproxypatch.ModificationOperation.ADD_AFTER;
import static io.meshward.policy.meshproxypatch.ModificationOperation.ADD_BEFORE;
import static io.meshward.policy.meshproxypatch.ModificationOperation.ADD_FIRST;
import static io.meshward.policy.meshproxypatch.ModificationOperation.ADD_LAST;
import static io.meshward.policy.meshproxypatch.ModificationOperation.PATCH;
import static io.meshward.policy.meshproxypatch.ModificationOperation.REMOVE;

import io.meshward.envoy.EnvoyType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code ModificationType} is a key of a MeshProxyPatch {@code appendModifications} item, in the
 * order Kuma checks them, with the operations it accepts. This is the single source of truth for
 * the canonical operation names per type (the CRD enums list the same values).
 */
public enum ModificationType {
  CLUSTER(EnvoyType.CLUSTER, false, List.of(ADD, PATCH, REMOVE)),
  LISTENER(EnvoyType.LISTENER, false, List.of(ADD, PATCH, REMOVE)),
  VIRTUAL_HOST(EnvoyType.VIRTUAL_HOST, false, List.of(ADD, PATCH, REMOVE)),
  NETWORK_FILTER(
      EnvoyType.NETWORK_FILTER,
      true,
      List.of(ADD_FIRST, ADD_LAST, ADD_BEFORE, ADD_AFTER, PATCH, REMOVE)),
  HTTP_FILTER(
      EnvoyType.HTTP_FILTER,
      true,
      List.of(ADD_FIRST, ADD_LAST, ADD_BEFORE, ADD_AFTER, PATCH, REMOVE));

  private final EnvoyType envoyType;
  private final boolean filter;
  private final List<ModificationOperation> operations;

  ModificationType(EnvoyType envoyType, boolean filter, List<ModificationOperation> operations) {
    this.envoyType = envoyType;
    this.filter = filter;
    this.operations = operations;
  }

  /** The key in a modification item, e.g. {@code networkFilter}. */
  public String key() {
    return envoyType.modificationName();
  }

  /** The Envoy message {@code value} must parse as. */
  public EnvoyType envoyType() {
    return envoyType;
  }

  /** Whether this is a filter inside a listener ({@code networkFilter}, {@code httpFilter}). */
  public boolean isFilter() {
    return filter;
  }

  /** The operations this type accepts, in the order Kuma lists them. */
  public List<ModificationOperation> operations() {
    return operations;
  }

  /** Whether {@code op} is accepted for this type. */
  public boolean accepts(ModificationOperation op) {
    return operations.contains(op);
  }

  /**
   * The accepted operation matching {@code value} ignoring case, e.g. {@code addfirst} gives {@code
   * AddFirst}; empty when no accepted operation matches.
   */
  public Optional<ModificationOperation> canonicalOperation(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    return operations.stream()
        .filter(op -> op.label().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** Kuma's message for an operation this type does not accept. */
  public String invalidOperationMessage() {
    return "invalid operation. Available operations: "
        + operations.stream().map(op -> "\"" + op.label() + "\"").collect(Collectors.joining(", "));
  }

  /** The type whose key is {@code key}. */
  public static Optional<ModificationType> ofKey(String key) {
    for (ModificationType type : values()) {
      if (type.key().equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
