package io.meshward.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code XdsOrigins} is the one list of the xDS origins Kuma 2.x tags generated Envoy resources
 * with, which a MeshProxyPatch {@code match.origin} selects by exact string.
 *
 * <p>Sources (kumahq/kuma): the generator origins of {@code pkg/xds/generator/metadata/metadata.go}
 * and the feature origins kept next to their code: {@code gateway} ({@code
 * pkg/plugins/runtime/gateway/metadata}), {@code meshpassthrough} ({@code
 * pkg/plugins/policies/meshpassthrough/metadata/origin.go}) and {@code kubernetes} ({@code
 * pkg/plugins/runtime/k8s/controllers/metadata/origin.go}).
 */
public final class XdsOrigins {

  /** Every known origin, spelled as Kuma spells it (all lower case). */
  public static final List<String> KNOWN =
      List.of(
          "admin",
          "direct-access",
          "dns",
          "egress",
          "inbound",
          "ingress",
          "outbound",
          "probe",
          "prometheus",
          "proxy-template-modifications",
          "proxy-template-raw",
          "secrets",
          "tracing",
          "transparent",
          "gateway",
          "meshpassthrough",
          "kubernetes");

  private XdsOrigins() {}

  /**
   * The known origin equal to {@code value} ignoring case, e.g. {@code Transparent} gives {@code
   * transparent}; empty when no known origin matches.
   */
  public static Optional<String> canonical(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    return KNOWN.stream().filter(wanted::equals).findFirst();
  }
}
