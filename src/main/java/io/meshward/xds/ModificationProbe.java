package io.meshward.xds;

/**
 * {@code ModificationProbe} sees each MeshProxyPatch modification of a render just before it is
 * applied, with the resources it is about to change. It must not change them.
 */
@FunctionalInterface
interface ModificationProbe {

  /** A probe that looks at nothing. */
  ModificationProbe NONE = (index, mod, set) -> {};

  /**
   * Called before modification {@code index} (its index in the proxy's whole list) is applied.
   *
   * @param index the modification's index among all the proxy's modifications
   * @param mod the modification
   * @param set the resources before it
   */
  void before(int index, PatchModification mod, ResourceSet set);
}
