package io.meshward.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * {@code ListingProgress} passes one informer's events on and counts the objects they leave, to
 * tell when the informer's first listing has reached the xDS store. An informer is synced as soon
 * as its cache holds the listing; its handler gets the objects afterwards, one by one, on a thread
 * of its own (a cold server takes a second for a thousand Dataplanes). Until the handler has passed
 * on as many objects as the cache holds, a MeshProxyPatch would be checked against part of the
 * proxies.
 */
final class ListingProgress implements ResourceEventHandler<GenericKubernetesResource> {

  private final ResourceEventHandler<GenericKubernetesResource> next;
  private final BooleanSupplier synced;
  private final IntSupplier cached;
  private final Runnable onListed;
  private final AtomicInteger present = new AtomicInteger();
  private final AtomicBoolean listed = new AtomicBoolean();

  /**
   * Counts what {@code next} is given, for an informer that says with {@code synced} whether it has
   * listed and with {@code cached} how many objects its cache holds; {@code onListed} runs once,
   * when the first listing has been passed on.
   */
  ListingProgress(
      ResourceEventHandler<GenericKubernetesResource> next,
      BooleanSupplier synced,
      IntSupplier cached,
      Runnable onListed) {
    this.next = next;
    this.synced = synced;
    this.cached = cached;
    this.onListed = onListed;
  }

  @Override
  public void onAdd(GenericKubernetesResource obj) {
    next.onAdd(obj);
    present.incrementAndGet();
    check();
  }

  @Override
  public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
    next.onUpdate(oldObj, newObj);
  }

  @Override
  public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
    next.onDelete(obj, deletedFinalStateUnknown);
    present.decrementAndGet();
    check();
  }

  /**
   * Whether the first listing was passed on: the informer is synced and its handler has passed on
   * at least the objects its cache holds. Once true, it stays true: the events of a running watch
   * do not take a replica out of its Service.
   */
  boolean listed() {
    check();
    return listed.get();
  }

  /** Looks again (as every event does); for when the informer has just synced. */
  void check() {
    if (!listed.get()
        && synced.getAsBoolean()
        && present.get() >= cached.getAsInt()
        && listed.compareAndSet(false, true)) {
      onListed.run();
    }
  }
}
