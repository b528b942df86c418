package io.meshward.kubernetes;

import io.meshward.config.MeshwardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * {@code WatchReadiness} keeps a watching replica out of the Service until its informers have
 * listed the cluster's Kuma objects and passed every listed object on to the xDS store ({@link
 * ListingProgress}), so that its first MeshProxyPatch admissions are checked against the real
 * Dataplanes, not only the representative proxy. It gives up waiting {@code
 * meshward.kubernetes.watch-sync-timeout} after the informers started: the webhook is then ready
 * and says which kinds are still listing. Always up when not watching.
 */
@Readiness
@ApplicationScoped
public class WatchReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(WatchReadiness.class);

  @Inject KumaInformers informers;
  @Inject MeshwardConfig config;

  private final AtomicBoolean gaveUp = new AtomicBoolean();

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("meshward-kubernetes-watch");
    if (!config.kubernetes().watch()) {
      return response.up().withData("watching", false).build();
    }
    response.withData("watching", true);
    long startedNanos = informers.startedNanos();
    if (startedNanos == 0) {
      return response.down().withData("listing", "not started").build(); // before StartupEvent
    }
    String listing;
    if (informers.watching()) {
      List<String> unsynced = informers.unsyncedKinds();
      if (unsynced.isEmpty()) {
        return response.up().withData("synced", true).build();
      }
      listing = String.join(",", unsynced);
    } else {
      listing = "not started"; // the informers are being built, or building them failed
    }
    response.withData("listing", listing);
    if (System.nanoTime() - startedNanos < config.kubernetes().watchSyncTimeout().toNanos()) {
      return response.down().build();
    }
    if (gaveUp.compareAndSet(false, true)) {
      LOG.warnf(
          "ready without a full listing (%s) after %s: MeshProxyPatch checks use the proxies"
              + " known so far until it completes",
          listing, config.kubernetes().watchSyncTimeout());
    }
    return response.up().withData("synced", false).build();
  }
}
