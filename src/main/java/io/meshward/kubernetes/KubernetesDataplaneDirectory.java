package io.meshward.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.meshward.config.MeshwardConfig;
import io.meshward.core.KumaResource;
import io.meshward.policy.mesh.DataplaneDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code KubernetesDataplaneDirectory} counts the Dataplanes of a mesh: from the informers' cache
 * when watching and listed, otherwise by listing {@code dataplanes.kuma.io} in every namespace
 * through the Kubernetes API, within the configured budget.
 */
@ApplicationScoped
public class KubernetesDataplaneDirectory implements DataplaneDirectory {

  /** The Kuma Dataplane resource (namespaced). */
  public static final ResourceDefinitionContext DATAPLANES = KumaReads.context("dataplanes");

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "meshward-kubernetes");
            t.setDaemon(true);
            return t;
          });

  @Inject KubernetesClient client;
  @Inject MeshwardConfig config;
  @Inject KumaInformers informers;

  @Override
  public DataplaneCount count(String mesh) {
    int cached = informers.cachedDataplanes(mesh);
    if (cached >= 0) {
      return DataplaneCount.of(cached); // watching: no listing of every Dataplane of the cluster
    }
    Duration budget = config.kubernetes().budget();
    CompletableFuture<List<GenericKubernetesResource>> listing =
        CompletableFuture.supplyAsync(
            () -> client.genericKubernetesResources(DATAPLANES).inAnyNamespace().list().getItems(),
            executor);
    try {
      List<GenericKubernetesResource> items = listing.get(budget.toMillis(), TimeUnit.MILLISECONDS);
      return DataplaneCount.of((int) items.stream().filter(d -> mesh.equals(meshOf(d))).count());
    } catch (TimeoutException e) {
      listing.cancel(true);
      return DataplaneCount.unknown("the Kubernetes API did not answer within " + budget);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return DataplaneCount.unknown("listing dataplanes failed: " + cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DataplaneCount.unknown("interrupted while listing dataplanes");
    }
  }

  /** A Dataplane's mesh: its top-level {@code mesh}, else its mesh label, else {@code default}. */
  static String meshOf(GenericKubernetesResource dataplane) {
    Object field = dataplane.getAdditionalProperties().get("mesh");
    if (field instanceof String s && !s.isEmpty()) {
      return s;
    }
    var labels = dataplane.getMetadata() == null ? null : dataplane.getMetadata().getLabels();
    String label = labels == null ? null : labels.get(KumaResource.MESH_LABEL);
    return label == null || label.isEmpty() ? "default" : label;
  }
}
