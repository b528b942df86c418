package io.meshward.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.meshward.bench.MockApiServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a real fabric8 informer: its cache holds a listing before its handler has seen it, so
 * "synced" alone says too early that a replica knows the cluster's Dataplanes.
 */
class ListingProgressInformerTest {

  private static final int DATAPLANES = 200;

  private KubernetesMockServer server;
  private KubernetesClient client;

  @BeforeEach
  void listedApiServer() throws Exception {
    server = MockApiServer.crud(0);
    client = server.createClient();
    for (int i = 0; i < DATAPLANES; i++) {
      client
          .genericKubernetesResources(KubernetesDataplaneDirectory.DATAPLANES)
          .resource(
              MockApiServer.resource(
                  "{apiVersion: kuma.io/v1alpha1, kind: Dataplane, mesh: default,"
                      + " metadata: {name: web-%d, namespace: apps}}".formatted(i)))
          .create();
    }
  }

  @AfterEach
  void close() {
    client.close();
    server.destroy();
  }

  @Test
  void listedOnlyOnceTheHandlerHasSeenTheWholeListing() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    ResourceEventHandler<GenericKubernetesResource> slowStore =
        new ResourceEventHandler<>() {
          @Override
          public void onAdd(GenericKubernetesResource obj) {
            sleep(3); // a cold server storing a proxy
            seen.incrementAndGet();
          }

          @Override
          public void onUpdate(GenericKubernetesResource o, GenericKubernetesResource n) {}

          @Override
          public void onDelete(GenericKubernetesResource obj, boolean unknown) {}
        };
    SharedIndexInformer<GenericKubernetesResource> informer =
        client
            .genericKubernetesResources(KubernetesDataplaneDirectory.DATAPLANES)
            .inAnyNamespace()
            .runnableInformer(0);
    DataplaneItemStore cache = new DataplaneItemStore();
    informer.itemStore(cache);
    AtomicInteger seenWhenTold = new AtomicInteger(-1);
    ListingProgress progress =
        new ListingProgress(
            slowStore, informer::hasSynced, cache::size, () -> seenWhenTold.set(seen.get()));
    informer.addEventHandler(progress);
    informer.start();
    try {
      boolean syncedBeforeSeen = false;
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!progress.listed()) {
        assertThat(System.nanoTime()).as("listed").isLessThan(deadline);
        syncedBeforeSeen |= informer.hasSynced() && seen.get() < DATAPLANES;
        Thread.sleep(1);
      }
      assertThat(seen.get()).isEqualTo(DATAPLANES);
      assertThat(seenWhenTold.get()).isEqualTo(DATAPLANES);
      assertThat(syncedBeforeSeen)
          .as("the informer was synced while its handler was still passing the listing on")
          .isTrue();
    } finally {
      informer.stop();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
