package io.meshward.policy;

/**
 * {@code PolicyRole} is Kuma's computed policy role ({@code kuma.io/policy-role}). It decides, for
 * example, which top-level targetRef kinds a MeshProxyPatch may use.
 */
public enum PolicyRole {
  SYSTEM("system"),
  PRODUCER("producer"),
  CONSUMER("consumer"),
  WORKLOAD_OWNER("workload-owner");

  private final String label;

  PolicyRole(String label) {
    this.label = label;
  }

  /** The label value, e.g. {@code workload-owner}. */
  public String label() {
    return label;
  }

  /** The role named by a label value; {@code null} when it names none. */
  public static PolicyRole fromLabel(String value) {
    for (PolicyRole role : values()) {
      if (role.label.equals(value)) {
        return role;
      }
    }
    return null;
  }
}
