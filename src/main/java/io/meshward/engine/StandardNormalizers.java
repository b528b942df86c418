package io.meshward.engine;

import io.meshward.core.KumaKind;
import io.meshward.policy.KindNormalizer;
import io.meshward.policy.common.MeshLabelNormalizer;
import io.meshward.policy.meshproxypatch.MeshProxyPatchNormalizer;
import io.meshward.policy.targetref.TargetRefNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code StandardNormalizers} is the set of normalizers both front doors use: every policy kind
 * gets its mesh label and its targetRefs normalized, MeshProxyPatch also its modifications. The
 * Mesh kind has no normalizer.
 */
public final class StandardNormalizers {

  private StandardNormalizers() {}

  /** The normalizers of each kind, by kind name, in the order they run. */
  public static Map<String, List<KindNormalizer>> create() {
    Map<String, List<KindNormalizer>> byKind = new LinkedHashMap<>();
    for (KumaKind kind : KumaKind.values()) {
      if (!kind.isPolicy()) {
        continue;
      }
      List<KindNormalizer> list = new ArrayList<>();
      list.add(new MeshLabelNormalizer());
      list.add(new TargetRefNormalizer());
      if (kind == KumaKind.MESH_PROXY_PATCH) {
        list.add(new MeshProxyPatchNormalizer());
      }
      byKind.put(kind.kindName(), List.copyOf(list));
    }
    return Map.copyOf(byKind);
  }
}
