package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code ModificationApplier} applies MeshProxyPatch {@code appendModifications} to a proxy's
 * resources in list order, like Kuma's {@code ApplyMods}. The first failing modification aborts
 * with {@code could not apply <i> modification: <reason>} (0-based {@code i}); the set may then be
 * partly modified, so callers apply to a copy.
 */
public final class ModificationApplier {

  private ModificationApplier() {}

  /** Applies {@code modifications} (the raw items) to {@code set}. */
  public static void apply(ResourceSet set, List<JsonNode> modifications) throws XdsException {
    apply(set, modifications, 0);
  }

  /**
   * Applies {@code modifications}, which follow {@code offset} modifications already applied: a
   * failure is reported with its index in the whole list.
   */
  public static void apply(ResourceSet set, List<JsonNode> modifications, int offset)
      throws XdsException {
    apply(set, modifications, offset, ModificationProbe.NONE);
  }

  /** As {@link #apply(ResourceSet, List, int)}, showing {@code probe} each modification first. */
  static void apply(
      ResourceSet set, List<JsonNode> modifications, int offset, ModificationProbe probe)
      throws XdsException {
    for (int i = 0; i < modifications.size(); i++) {
      int index = offset + i;
      try {
        PatchModification mod = PatchModification.of(modifications.get(i));
        probe.before(index, mod, set);
        applyOne(set, mod);
      } catch (XdsException | RuntimeException e) {
        String reason = e instanceof XdsException ? e.getMessage() : ProtoJson.oneLine(e);
        throw new ModificationException(
            index, "could not apply " + index + " modification: " + reason, e);
      }
    }
  }

  private static void applyOne(ResourceSet set, PatchModification mod) throws XdsException {
    switch (mod.type()) {
      case CLUSTER, LISTENER -> ResourceModifier.apply(set, mod);
      case NETWORK_FILTER, HTTP_FILTER -> FilterModifier.apply(set, mod);
      case VIRTUAL_HOST -> VirtualHostModifier.apply(set, mod);
    }
  }
}
