package io.meshward.cli.report;

import java.util.List;

/**
 * {@code ProxyDiff} is the xDS change of one proxy between the base and the head revision, as
 * {@code meshward check --xds} reports it.
 *
 * @param mesh the mesh of the proxy
 * @param proxy {@code representative} or {@code Dataplane/namespace/name} of an input Dataplane
 * @param error why the head config cannot be generated (Kuma would fail xDS generation for this
 *     proxy: counts as denied); empty when it can
 * @param baseError why the base config cannot be generated (resources are then diffed against
 *     none); empty when it can
 * @param resources one entry per added, removed or modified resource, sorted by type and name
 */
public record ProxyDiff(
    String mesh, String proxy, String error, String baseError, List<ResourceDiff> resources) {

  /** Copies the list. */
  public ProxyDiff {
    resources = List.copyOf(resources);
  }

  /** Whether the head config cannot be generated. */
  public boolean failed() {
    return !error.isEmpty();
  }

  /** {@code mesh default, representative proxy} or {@code mesh m, Dataplane/ns/name}. */
  public String title() {
    return "mesh "
        + mesh
        + ", "
        + (proxy.equals("representative") ? "representative proxy" : proxy);
  }
}
