package io.meshward.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingProgressTest {

  private final List<String> passedOn = new ArrayList<>();
  private final ListingProgress progress =
      new ListingProgress(
          new ResourceEventHandler<>() {
            @Override
            public void onAdd(GenericKubernetesResource obj) {
              passedOn.add("add " + obj.getMetadata().getName());
            }

            @Override
            public void onUpdate(GenericKubernetesResource o, GenericKubernetesResource n) {
              passedOn.add("update " + n.getMetadata().getName());
            }

            @Override
            public void onDelete(GenericKubernetesResource obj, boolean unknown) {
              passedOn.add("delete " + obj.getMetadata().getName());
            }
          });

  private static GenericKubernetesResource named(String name) {
    GenericKubernetesResource r = new GenericKubernetesResource();
    r.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name).build());
    return r;
  }

  @Test
  void notListedUntilTheHandlerPassedOnWhatTheCacheHolds() {
    assertThat(progress.listed(false, 0)).as("not synced").isFalse();
    progress.onAdd(named("a"));
    assertThat(progress.listed(true, 2)).as("synced, one of two passed on").isFalse();
    progress.onAdd(named("b"));
    progress.onUpdate(named("b"), named("b"));
    assertThat(progress.listed(true, 2)).isTrue();
    assertThat(passedOn).containsExactly("add a", "add b", "update b");
  }

  @Test
  void deletesCountAndListedStaysTrue() {
    progress.onAdd(named("a"));
    progress.onAdd(named("b"));
    progress.onDelete(named("a"), false);
    assertThat(progress.listed(true, 2)).as("a delete the cache has not seen yet").isFalse();
    assertThat(progress.listed(true, 1)).isTrue();
    progress.onDelete(named("b"), false);
    assertThat(progress.listed(true, 5))
        .as("once listed, a watch's events do not undo it")
        .isTrue();
    assertThat(progress.listed(true, 0)).isTrue();
  }

  @Test
  void anEmptyListingIsListedOnceSynced() {
    assertThat(progress.listed(false, 0)).isFalse();
    assertThat(progress.listed(true, 0)).isTrue();
  }
}
