package io.meshward.xds.server;

import io.meshward.config.MeshwardConfig;
import io.meshward.xds.PassthroughOptions;

/** {@code PassthroughOptionsFromConfig} reads {@code meshward.xds.passthrough.*}. */
final class PassthroughOptionsFromConfig {

  private PassthroughOptionsFromConfig() {}

  static PassthroughOptions of(MeshwardConfig.Passthrough p) {
    return new PassthroughOptions(
        p.connectTimeout(),
        p.maxConnections(),
        p.maxPendingRequests(),
        p.maxRequests(),
        p.maxRetries(),
        p.idleTimeout());
  }
}
