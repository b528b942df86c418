package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MeshPassthroughApplier} applies the MeshPassthrough policies of a proxy (Kuma's plugin,
 * order 500): {@code passthroughMode} of the last policy wins (empty means {@code Matched}), {@code
 * appendMatch} lists are concatenated. {@code None} removes the outbound passthrough clusters,
 * {@code All} keeps them (and adds them back when the Mesh turned passthrough off), {@code Matched}
 * removes them and adds filter chains and clusters for the listed destinations ({@link
 * MatchedPassthrough}).
 */
public final class MeshPassthroughApplier {

  private MeshPassthroughApplier() {}

  /**
   * Applies {@code policies} (already selected and sorted) to {@code set}.
   *
   * @param generator makes the default clusters back for {@code All}
   * @throws XdsException when the {@code Matched} destinations cannot be configured (two HTTP
   *     protocols on one port)
   */
  public static void apply(
      ResourceSet set,
      List<KumaResource> policies,
      ProxyIdentity proxy,
      TransparentProxyGenerator generator)
      throws XdsException {
    if (policies.isEmpty() || !proxy.redirect().enabled()) {
      return; // MeshPassthrough acts only on sidecars with a transparent proxy
    }
    String mode = "";
    List<JsonNode> matches = new ArrayList<>();
    for (KumaResource p : policies) {
      JsonNode conf = p.spec().path("default");
      if (!conf.path("passthroughMode").asText("").isEmpty()) {
        mode = conf.path("passthroughMode").asText();
      }
      conf.path("appendMatch").forEach(matches::add);
    }
    switch (mode.isEmpty() ? "Matched" : mode) {
      case "None" -> removeDefaults(set, proxy);
      case "All" ->
          generator.generate(proxy, true).ofType(XdsTypes.CLUSTER).stream()
              .filter(c -> c.name().contains("outbound"))
              .forEach(set::add);
      default -> {
        removeDefaults(set, proxy);
        if (!matches.isEmpty()) {
          MatchedPassthrough.configure(set, proxy, matches, generator);
        }
      }
    }
  }

  private static void removeDefaults(ResourceSet set, ProxyIdentity proxy) {
    for (int ip : new int[] {4, 6}) {
      set.remove(XdsTypes.CLUSTER, PassthroughNames.name("outbound", ip, proxy.unifiedNaming()));
    }
  }
}
