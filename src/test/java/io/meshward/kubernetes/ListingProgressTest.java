package io.meshward.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingProgressTest {

  private final List<String> passedOn = new ArrayList<>();
  private boolean synced;
  private int cached;
  private int listedCalls;
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
          },
          () -> synced,
          () -> cached,
          () -> listedCalls++);

  private boolean listed(boolean synced, int cached) {
    this.synced = synced;
    this.cached = cached;
    return progress.listed();
  }

  private static GenericKubernetesResource named(String name) {
    GenericKubernetesResource r = new GenericKubernetesResource();
    r.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name).build());
    return r;
  }

  @Test
  void notListedUntilTheHandlerPassedOnWhatTheCacheHolds() {
    assertThat(listed(false, 0)).as("not synced").isFalse();
    progress.onAdd(named("a"));
    assertThat(listed(true, 2)).as("synced, one of two passed on").isFalse();
    progress.onAdd(named("b"));
    progress.onUpdate(named("b"), named("b"));
    assertThat(listed(true, 2)).isTrue();
    assertThat(passedOn).containsExactly("add a", "add b", "update b");
    assertThat(listedCalls).isEqualTo(1);
  }

  @Test
  void deletesCountAndListedStaysTrue() {
    progress.onAdd(named("a"));
    progress.onAdd(named("b"));
    progress.onDelete(named("a"), false);
    assertThat(listed(true, 2)).as("a delete the cache has not seen yet").isFalse();
    assertThat(listed(true, 1)).isTrue();
    progress.onDelete(named("b"), false);
    assertThat(listed(true, 5)).as("once listed, a watch's events do not undo it").isTrue();
    assertThat(listed(true, 0)).isTrue();
    assertThat(listedCalls).as("told once").isEqualTo(1);
  }

  @Test
  void anEventAfterTheSyncTellsWithoutBeingAsked() {
    synced = true;
    cached = 2;
    progress.onAdd(named("a"));
    assertThat(listedCalls).isZero();
    progress.onAdd(named("b"));
    assertThat(listedCalls).isEqualTo(1);
  }

  @Test
  void anEmptyListingIsListedOnceSynced() {
    assertThat(listed(false, 0)).isFalse();
    assertThat(listed(true, 0)).isTrue();
  }
}
