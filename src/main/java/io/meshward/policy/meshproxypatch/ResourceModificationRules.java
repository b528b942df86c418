package io.meshward.policy.meshproxypatch;

/**
 * {@code ResourceModificationRules} checks {@code cluster}, {@code listener} and {@code
 * virtualHost} modifications: {@code Add} takes no {@code match} (for {@code virtualHost} only no
 * {@code match.name}) and a valid {@code value}; {@code Patch} follows {@link PatchValueRules};
 * {@code Remove} takes no {@code value}.
 */
final class ResourceModificationRules {

  private final EnvoyValueRules values;
  private final PatchValueRules patch;

  ResourceModificationRules(EnvoyValueRules values, PatchValueRules patch) {
    this.values = values;
    this.patch = patch;
  }

  void validate(Modification m) {
    if (!m.operationReadable()) {
      return;
    }
    ModificationOperation op = m.operation().orElse(null);
    if (op == null) {
      m.report("operation", m.type().invalidOperationMessage());
      return;
    }
    switch (op) {
      case ADD -> {
        if (m.type() == ModificationType.VIRTUAL_HOST) {
          if (!m.matchUnreadable() && m.hasMatchName()) {
            m.violations().add(m.path().field("match").field("name"), "must not be defined");
          }
        } else if (m.has("match")) {
          m.report("match", "must not be defined");
        }
        values.requireValid(m);
      }
      case PATCH -> patch.validate(m);
      case REMOVE -> {
        if (m.has("value")) {
          m.report("value", "must not be defined");
        }
      }
      default -> m.report("operation", m.type().invalidOperationMessage());
    }
  }
}
