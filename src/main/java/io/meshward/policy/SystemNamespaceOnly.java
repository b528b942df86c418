package io.meshward.policy;

import io.meshward.core.KumaKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code SystemNamespaceOnly} is Kuma's namespace check on a zone control plane ({@code
 * isNamespaceAllowed} in {@code resourceadmissionchecker.go}): objects of the kinds marked {@code
 * allowed_on_system_namespace_only} exist only in the system namespace, for every operation. Kuma's
 * privileged users (its control plane, the garbage collector, the storage version migrator) are not
 * checked.
 */
public final class SystemNamespaceOnly {

  /** The kinds Kuma keeps in the system namespace. */
  static final Set<String> KINDS =
      Set.of(
          "HostnameGenerator",
          "MeshExternalService",
          "MeshIdentity",
          "MeshTrust",
          "MeshOpenTelemetryBackend");

  private static final Set<String> PRIVILEGED =
      Set.of(
          "system:serviceaccount:kube-system:generic-garbage-collector",
          "system:serviceaccount:kube-system:storage-version-migrator-controller");
  private static final List<String> CONTROL_PLANE_ACCOUNTS =
      List.of("kuma-control-plane", "kong-mesh-control-plane");

  private final List<String> systemNamespaces;

  /**
   * @param systemNamespaces the system namespaces; the first is the one named in the refusal
   */
  public SystemNamespaceOnly(List<String> systemNamespaces) {
    this.systemNamespaces = List.copyOf(systemNamespaces);
  }

  /**
   * Kuma's refusal of an object of {@code kind} and {@code apiVersion} in {@code namespace} ({@code
   * ""} for a cluster-scoped or Universal object) asked by {@code user}; empty when allowed.
   */
  public Optional<String> refusal(String apiVersion, String kind, String namespace, String user) {
    if (namespace.isEmpty()
        || !KINDS.contains(kind)
        || !apiVersion.startsWith(KumaKind.GROUP + "/")
        || systemNamespaces.contains(namespace)
        || privileged(user)) {
      return Optional.empty();
    }
    return Optional.of(
        "resource type "
            + kind
            + " can be created only in the system namespace:"
            + systemNamespaces.get(0));
  }

  private boolean privileged(String user) {
    if (PRIVILEGED.contains(user)) {
      return true;
    }
    for (String ns : systemNamespaces) {
      for (String account : CONTROL_PLANE_ACCOUNTS) {
        if (user.equals("system:serviceaccount:" + ns + ":" + account)) {
          return true;
        }
      }
    }
    return false;
  }
}
