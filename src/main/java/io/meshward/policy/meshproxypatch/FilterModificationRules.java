package io.meshward.policy.meshproxypatch;

/**
 * {@code FilterModificationRules} checks {@code networkFilter} and {@code httpFilter}
 * modifications: {@code AddFirst}/{@code AddLast} need a valid {@code value}; {@code
 * AddBefore}/{@code AddAfter} also need {@code match.name} (the filter to insert next to); {@code
 * Patch} needs {@code match.name} and follows {@link PatchValueRules}; {@code Remove} takes no
 * {@code value}.
 */
final class FilterModificationRules {

  static final String NAME_BEFORE =
      "must be defined. You need to pick a filter before which this one will be added";
  static final String NAME_AFTER =
      "must be defined. You need to pick a filter after which this one will be added";

  private final EnvoyValueRules values;
  private final PatchValueRules patch;

  FilterModificationRules(EnvoyValueRules values, PatchValueRules patch) {
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
      case ADD_FIRST, ADD_LAST -> values.requireValid(m);
      case ADD_BEFORE -> {
        requireMatchName(m, NAME_BEFORE);
        values.requireValid(m);
      }
      case ADD_AFTER -> {
        requireMatchName(m, NAME_AFTER);
        values.requireValid(m);
      }
      case PATCH -> {
        requireMatchName(m, "must be defined");
        patch.validate(m);
      }
      case REMOVE -> {
        if (m.has("value")) {
          m.report("value", "must not be defined");
        }
      }
      default -> m.report("operation", m.type().invalidOperationMessage());
    }
  }

  private static void requireMatchName(Modification m, String message) {
    if (!m.matchUnreadable() && !m.hasMatchName()) {
      m.violations().add(m.path().field("match").field("name"), message);
    }
  }
}
