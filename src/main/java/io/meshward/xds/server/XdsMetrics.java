package io.meshward.xds.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * {@code XdsMetrics} publishes the generator's counts at {@code /q/metrics}: {@code
 * meshward_xds_renders_total{outcome="success"|"failure"}} (proxy renders since start; a failure
 * keeps the proxy's previous snapshot) and {@code meshward_xds_snapshot_version} (the latest
 * snapshot version published).
 */
@Singleton
public class XdsMetrics implements MeterBinder {

  @Inject XdsServer xds;

  @Override
  public void bindTo(MeterRegistry registry) {
    Snapshots snapshots = xds.snapshots();
    FunctionCounter.builder("meshward.xds.renders", snapshots, Snapshots::successes)
        .description("Proxy renders by outcome")
        .tag("outcome", "success")
        .register(registry);
    FunctionCounter.builder("meshward.xds.renders", snapshots, Snapshots::failures)
        .description("Proxy renders by outcome")
        .tag("outcome", "failure")
        .register(registry);
    Gauge.builder("meshward.xds.snapshot.version", snapshots, Snapshots::latestVersion)
        .description("Latest xDS snapshot version published")
        .register(registry);
  }
}
