package io.meshward.xds;

import io.meshward.core.KumaResource;
import java.util.List;

/**
 * {@code MeshInputs} is what a render of one mesh reads: the Mesh (null when not known: its
 * defaults apply), its MeshProxyPatches and its MeshPassthroughs.
 *
 * @param mesh the Mesh object, or null
 * @param proxyPatches MeshProxyPatch objects of the mesh
 * @param passthroughs MeshPassthrough objects of the mesh
 */
public record MeshInputs(
    KumaResource mesh, List<KumaResource> proxyPatches, List<KumaResource> passthroughs) {

  /** Copies the lists. */
  public MeshInputs {
    proxyPatches = List.copyOf(proxyPatches);
    passthroughs = List.copyOf(passthroughs);
  }
}
