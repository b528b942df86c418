package io.meshward.cli;

import io.meshward.xds.ApiServerBypass;
import java.util.Optional;
import java.util.Set;

/**
 * {@code XdsPreview} is what {@code check --xds} renders with.
 *
 * @param enabled whether {@code --xds} was given
 * @param features the kuma-dp features the rendered proxies advertise ({@code --xds-feature})
 * @param apiServer the API server of Kuma's bypass ({@code --kube-api-server}), if any
 */
record XdsPreview(boolean enabled, Set<String> features, Optional<ApiServerBypass> apiServer) {

  /** No xDS diff. */
  static final XdsPreview OFF = new XdsPreview(false, Set.of(), Optional.empty());

  /** Copies the features. */
  XdsPreview {
    features = Set.copyOf(features);
  }
}
