package io.meshward.kubernetes;

import java.util.List;

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

  private KumaReads() {}
}
