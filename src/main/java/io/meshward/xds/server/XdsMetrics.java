package io.meshward.xds.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code XdsMetrics} publishes the generator's counts at {@code /q/metrics}: {@code
 * meshward_xds_renders_total{outcome="success"|"failure"}} (proxy renders since start; a failure
 * keeps the proxy's previous snapshot) and {@code meshward_xds_snapshot_version} (the latest
 * snapshot version published).
 *
 * <p>The meters read this application's {@link Snapshots}, so they are removed when it stops: the
 * registry is global and can outlive it (several applications in one JVM, as in tests), and a meter
 * left behind would keep reading the stopped application's counts in place of the next one's, which
 * registers under the same ids.
 */
@Singleton
public class XdsMetrics implements MeterBinder {

  @Inject XdsServer xds;

  private final List<Runnable> removals = new ArrayList<>();

  @Override
  public synchronized void bindTo(MeterRegistry registry) {
    Snapshots snapshots = xds.snapshots();
    List<Meter> meters = new ArrayList<>();
    meters.add(
        FunctionCounter.builder("meshward.xds.renders", snapshots, Snapshots::successes)
            .description("Proxy renders by outcome")
            .tag("outcome", "success")
            .register(registry));
    meters.add(
        FunctionCounter.builder("meshward.xds.renders", snapshots, Snapshots::failures)
            .description("Proxy renders by outcome")
            .tag("outcome", "failure")
            .register(registry));
    meters.add(
        Gauge.builder("meshward.xds.snapshot.version", snapshots, Snapshots::latestVersion)
            .description("Latest xDS snapshot version published")
            .register(registry));
    meters.forEach(m -> removals.add(() -> registry.remove(m)));
  }

  @PreDestroy
  synchronized void unbind() {
    removals.forEach(Runnable::run);
    removals.clear();
  }
}
