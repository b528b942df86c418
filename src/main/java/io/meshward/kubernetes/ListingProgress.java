package io.meshward.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ListingProgress} passes one informer's events on and counts the objects they leave, to
 * tell when the informer's first listing has reached the xDS store. An informer is synced as soon
 * as its cache holds the listing; its handler gets the objects afterwards, one by one, on a thread
 * of its own (a cold server takes seconds for thousands of Dataplanes). Until the handler has seen
 * as many objects as the cache holds, a MeshProxyPatch would be checked against part of the
 * proxies.
 */
final class ListingProgress implements ResourceEventHandler<GenericKubernetesResource> {

  private final ResourceEventHandler<GenericKubernetesResource> next;
  private final AtomicInteger present = new AtomicInteger();
  private volatile boolean listed;

  ListingProgress(ResourceEventHandler<GenericKubernetesResource> next) {
    this.next = next;
  }

  @Override
  public void onAdd(GenericKubernetesResource obj) {
    next.onAdd(obj);
    present.incrementAndGet();
  }

  @Override
  public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
    next.onUpdate(oldObj, newObj);
  }

  @Override
  public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
    next.onDelete(obj, deletedFinalStateUnknown);
    present.decrementAndGet();
  }

  /** Whether the first listing of {@code informer}, whose events this counts, was passed on. */
  boolean listed(SharedIndexInformer<GenericKubernetesResource> informer) {
    boolean synced = informer.hasSynced();
    return listed(synced, synced ? informer.getStore().listKeys().size() : 0);
  }

  /**
   * Whether the first listing was passed on: the informer is {@code synced} and its handler has
   * passed on at least the {@code cached} objects its cache holds. Once true, it stays true: the
   * events of a running watch do not take a replica out of its Service.
   */
  boolean listed(boolean synced, int cached) {
    if (!listed && synced && present.get() >= cached) {
      listed = true;
    }
    return listed;
  }
}
