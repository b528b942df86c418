package io.meshward.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import io.meshward.config.MeshwardConfig;
import io.meshward.core.KumaResource;
import io.meshward.xds.server.XdsServer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * {@code KumaInformers} keeps the xDS store equal to what the API server stored when {@code
 * meshward.kubernetes.watch=true}: one informer per resource of {@link KumaReads#RESOURCES}
 * (Dataplanes give the proxies to render for). An object admitted through {@code /validate} is
 * replaced by the API server's version after {@code meshward.kubernetes.watch-settle}, or forgotten
 * when the API server did not store it (another webhook refused it).
 */
@ApplicationScoped
public class KumaInformers {

  private static final Logger LOG = Logger.getLogger(KumaInformers.class);

  @Inject KubernetesClient client;
  @Inject MeshwardConfig config;
  @Inject XdsServer xds;

  private final Map<String, SharedIndexInformer<GenericKubernetesResource>> informers =
      new ConcurrentHashMap<>();
  private final Map<String, ListingProgress> progress = new ConcurrentHashMap<>();
  private ScheduledExecutorService settle;
  private StoreUpdater updater;
  private volatile long startedNanos;
  private volatile boolean started;
  private volatile boolean stopping;

  void start(@Observes StartupEvent event) {
    if (!config.kubernetes().watch()) {
      return;
    }
    startedNanos = System.nanoTime();
    // Building the client and starting the informers takes a cold JVM a few hundred ms: beside the
    // rest of the boot rather than before it (readiness waits for the listing either way).
    Thread starter =
        new Thread(
            () -> {
              try {
                startInformers();
              } catch (RuntimeException e) {
                xds.snapshots().release();
                LOG.errorf(e, "cannot start watching the Kubernetes API");
              }
            },
            "meshward-watch-start");
    starter.setDaemon(true);
    starter.start();
  }

  private synchronized void startInformers() {
    if (stopping) {
      return;
    }
    updater = new StoreUpdater(xds.store());
    // The listings' objects are rendered once they are all stored, not mesh by mesh as they come.
    xds.snapshots().hold();
    settle =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "meshward-watch-settle");
              t.setDaemon(true);
              return t;
            });
    for (String plural : KumaReads.RESOURCES) {
      SharedIndexInformer<GenericKubernetesResource> informer =
          client
              .genericKubernetesResources(KumaReads.context(plural))
              .inAnyNamespace()
              .runnableInformer(0);
      // fabric8's default store, but set here: ListingProgress reads its size (the informer's store
      // can only list its keys).
      ItemStore<GenericKubernetesResource> cache =
          "dataplanes".equals(plural)
              ? new DataplaneItemStore()
              : new BasicItemStore<>(Cache::metaNamespaceKeyFunc);
      informer.itemStore(cache);
      String kind = KumaReads.kindOf(plural);
      ListingProgress listing =
          new ListingProgress(
              updater,
              informer::hasSynced,
              cache::size,
              () -> {
                LOG.infof(
                    "listed %d %s.kuma.io in %d ms",
                    cache.size(), plural, (System.nanoTime() - startedNanos) / 1_000_000);
                releaseWhenListed();
              });
      informer.addEventHandler(listing);
      // fabric8's default gives up for good on an error before the first listing (an API server
      // not reachable yet, a CRD installed later) and on most watch errors after it: retry
      // instead (fabric8 logs each failure and backs off) for as long as the server runs.
      informer.exceptionHandler((isStarted, error) -> !stopping);
      informer
          .start()
          .whenComplete(
              (ok, error) -> {
                if (error != null && !stopping) {
                  LOG.errorf("cannot watch %s.kuma.io: %s", plural, error.getMessage());
                } else {
                  listing.check();
                }
              });
      progress.put(kind, listing);
      informers.put(kind, informer);
    }
    xds.onAdmitted(this::settleLater);
    started = true;
    releaseWhenListed();
    // Readiness stops waiting for a listing after the timeout; so does the rendering.
    settle.schedule(
        xds.snapshots()::release,
        config.kubernetes().watchSyncTimeout().toMillis(),
        TimeUnit.MILLISECONDS);
    LOG.infof("watching %s.kuma.io", String.join(", ", KumaReads.RESOURCES));
  }

  /** Ends the hold on rendering once every informer has passed its first listing on. */
  private void releaseWhenListed() {
    if (started && progress.values().stream().allMatch(ListingProgress::listed)) {
      xds.snapshots().release();
    }
  }

  /** The Dataplane informer's cached state of the Dataplane {@code namespace/name}, or null. */
  GenericKubernetesResource cachedDataplane(String namespace, String name) {
    SharedIndexInformer<GenericKubernetesResource> dataplanes = informers.get("Dataplane");
    return dataplanes == null ? null : dataplanes.getStore().getByKey(namespace + "/" + name);
  }

  synchronized void stop(@Observes ShutdownEvent event) {
    stopping = true;
    xds.snapshots().release();
    informers.values().forEach(SharedIndexInformer::stop);
    if (settle != null) {
      settle.shutdownNow();
    }
  }

  private void settleLater(KumaResource admitted) {
    long delay = config.kubernetes().watchSettle().toMillis();
    settle.schedule(() -> settle(admitted), delay, TimeUnit.MILLISECONDS);
  }

  /** Replaces an admitted object by the API server's version, or forgets it. */
  void settle(KumaResource admitted) {
    SharedIndexInformer<GenericKubernetesResource> informer = informers.get(admitted.kind());
    if (informer == null || !informer.hasSynced()) {
      return;
    }
    String key =
        admitted.namespace().isEmpty()
            ? admitted.name()
            : admitted.namespace() + "/" + admitted.name();
    GenericKubernetesResource live = informer.getStore().getByKey(key);
    if (live != null) {
      updater.put(StoreUpdater.json(live));
    } else if (xds.store().find(admitted.kind(), admitted.namespace(), admitted.name()) != null) {
      LOG.infof("%s was admitted but not stored by the API server; forgetting it", admitted.ref());
      updater.remove(admitted.raw());
    }
  }

  /**
   * The number of Dataplanes of {@code mesh} in the Dataplane informer's cache, or -1 when there is
   * no complete cache to count (not watching, or not listed yet).
   */
  int cachedDataplanes(String mesh) {
    SharedIndexInformer<GenericKubernetesResource> dataplanes = informers.get("Dataplane");
    if (dataplanes == null || !dataplanes.hasSynced()) {
      return -1;
    }
    return (int)
        dataplanes.getStore().list().stream()
            .filter(d -> mesh.equals(KubernetesDataplaneDirectory.meshOf(d)))
            .count();
  }

  /**
   * The kinds whose informer has not listed them yet, or whose listing has not all reached the xDS
   * store (empty when all have, or not watching).
   */
  List<String> unsyncedKinds() {
    return informers.entrySet().stream()
        .filter(e -> !progress.get(e.getKey()).listed())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Whether every informer was started ({@code meshward.kubernetes.watch}). */
  boolean watching() {
    return started;
  }

  /** {@link System#nanoTime()} when the informers were started. */
  long startedNanos() {
    return startedNanos;
  }
}
