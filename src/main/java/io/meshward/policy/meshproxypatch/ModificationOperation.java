package io.meshward.policy.meshproxypatch;

import java.util.Optional;

/**
 * {@code ModificationOperation} is the {@code operation} of a MeshProxyPatch modification, spelled
 * exactly as Kuma expects it (Kuma compares case-sensitively). Which type takes which operation is
 * said by {@link ModificationType#operations()}.
 */
public enum ModificationOperation {
  ADD("Add"),
  ADD_FIRST("AddFirst"),
  ADD_LAST("AddLast"),
  ADD_BEFORE("AddBefore"),
  ADD_AFTER("AddAfter"),
  PATCH("Patch"),
  REMOVE("Remove");

  private final String label;

  ModificationOperation(String label) {
    this.label = label;
  }

  /** The value as written in {@code operation}, e.g. {@code AddFirst}. */
  public String label() {
    return label;
  }

  /** The operation spelled exactly {@code value}. */
  public static Optional<ModificationOperation> of(String value) {
    for (ModificationOperation op : values()) {
      if (op.label.equals(value)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** Whether the operation inserts a new Envoy resource (its value is checked strictly). */
  public boolean adds() {
    return this != PATCH && this != REMOVE;
  }

  @Override
  public String toString() {
    return label;
  }
}
