package io.meshward.kubernetes;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.meshward.core.KumaKind;
import java.util.List;
import java.util.Map;

/**
 * {@code KumaReads} lists the Kuma resources meshward reads from the Kubernetes API, and so the
 * only ones its ClusterRole in {@code deploy/} grants (get, list, watch).
 */
public final class KumaReads {

  /** Plurals of the {@code kuma.io} resources read. */
  public static final List<String> RESOURCES =
      List.of("dataplanes", "meshes", "meshproxypatches", "meshpassthroughs");

  /** Verbs used on them. */
  public static final List<String> VERBS = List.of("get", "list", "watch");

  private static final Map<String, String> KINDS =
      Map.of(
          "dataplanes", "Dataplane",
          "meshes", "Mesh",
          "meshproxypatches", "MeshProxyPatch",
          "meshpassthroughs", "MeshPassthrough");

  private KumaReads() {}

  /** The kind of one of {@link #RESOURCES}, e.g. {@code Dataplane} for {@code dataplanes}. */
  public static String kindOf(String plural) {
    return KINDS.get(plural);
  }

  /**
   * The fabric8 context of one of {@link #RESOURCES}: {@code kuma.io/v1alpha1}, Mesh cluster-wide.
   */
  public static ResourceDefinitionContext context(String plural) {
    String kind = kindOf(plural);
    return new ResourceDefinitionContext.Builder()
        .withGroup(KumaKind.GROUP)
        .withVersion(KumaKind.VERSION)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(!kind.equals("Mesh"))
        .build();
  }
}
