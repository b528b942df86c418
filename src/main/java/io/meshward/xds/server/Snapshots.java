package io.meshward.xds.server;

import com.google.protobuf.Message;
import io.envoyproxy.controlplane.cache.v3.SimpleCache;
import io.envoyproxy.controlplane.cache.v3.Snapshot;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.RenderKey;
import io.meshward.xds.RenderMemo;
import io.meshward.xds.RenderPlan;
import io.meshward.xds.XdsException;
import io.meshward.xds.XdsResource;
import io.meshward.xds.XdsStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * {@code Snapshots} renders the proxies of a mesh (once per distinct {@link RenderKey}, reusing the
 * previous refresh's render of an unchanged key) and publishes a new snapshot version for a proxy
 * only when its resources changed. A failing render keeps the previous snapshot; it is logged and
 * counted.
 *
 * <p>{@link #request} refreshes on a thread of its own, so that an admission never waits for the
 * renders of a large mesh: the meshes that change while a refresh runs are refreshed once after it,
 * however many changes came. The readers ({@link #served}, the counters) first wait for the
 * refreshes asked for before their call, so what they show follows every accepted change.
 */
public final class Snapshots {

  private static final Logger LOG = Logger.getLogger(Snapshots.class);

  /**
   * What a proxy is served.
   *
   * @param version the snapshot version
   * @param resources the resources, sorted
   * @param error the last render error, or null
   */
  public record Served(String version, List<XdsResource> resources, String error) {}

  private final SimpleCache<String> cache;
  private final ProxyRenderer renderer;
  private final XdsStore store;
  private final Map<String, Served> served = new ConcurrentHashMap<>();
  // The renders of each mesh's last refresh: a key whose inputs did not change is not re-rendered.
  private final Map<String, Map<RenderKey, Rendered>> lastRenders = new ConcurrentHashMap<>();
  private final AtomicLong successes = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong versions = new AtomicLong();
  private final Set<String> pending = new LinkedHashSet<>(); // guarded by itself
  private boolean drainQueued; // guarded by pending
  private boolean held; // guarded by pending
  private volatile Thread refreshThread;
  private final ExecutorService refresher =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "meshward-xds-refresh");
            thread.setDaemon(true);
            refreshThread = thread;
            return thread;
          });

  /** Snapshots of {@code store} rendered with {@code renderer}, published to {@code cache}. */
  public Snapshots(SimpleCache<String> cache, ProxyRenderer renderer, XdsStore store) {
    this.cache = cache;
    this.renderer = renderer;
    this.store = store;
  }

  /**
   * Asks for every known proxy of {@code mesh} to be re-rendered on the refresh thread; returns at
   * once.
   */
  public void request(String mesh) {
    synchronized (pending) {
      pending.add(mesh);
      if (drainQueued || held) {
        return;
      }
      drainQueued = true;
    }
    queueDrain();
  }

  /**
   * Collects the refreshes asked for until {@link #release}, instead of doing them as they come:
   * while a cluster's thousands of Dataplanes are listed one by one, every refresh in between would
   * render a mesh that is still being listed. A reader ({@link #served}, the counters) still gets
   * what is asked for before its call rendered.
   */
  public void hold() {
    synchronized (pending) {
      held = true;
    }
  }

  /**
   * Ends a {@link #hold}: the refreshes asked for meanwhile are done once, on the refresh thread.
   */
  public void release() {
    synchronized (pending) {
      if (!held) {
        return;
      }
      held = false;
      if (drainQueued || pending.isEmpty()) {
        return;
      }
      drainQueued = true;
    }
    queueDrain();
  }

  private void queueDrain() {
    try {
      refresher.execute(this::drain);
    } catch (RejectedExecutionException closed) {
      // shutting down: nothing is served any more
    }
  }

  private void drain() {
    List<String> meshes;
    synchronized (pending) {
      meshes = new ArrayList<>(pending);
      pending.clear();
      drainQueued = false;
    }
    for (String mesh : meshes) {
      try {
        refresh(mesh);
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        LOG.errorf(e, "refresh of mesh %s failed, keeping its proxies' previous config", mesh);
      }
    }
  }

  /** Waits until every refresh asked for before this call is done. */
  public void awaitRequested() {
    if (Thread.currentThread() == refreshThread) {
      return;
    }
    try {
      refresher.submit(this::drain).get();
    } catch (RejectedExecutionException closed) {
      // shutting down: nothing more will be rendered
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("xDS refresh failed", e.getCause());
    }
  }

  /** Stops the refresh thread; refreshes asked for later are not done. */
  public void close() {
    refresher.shutdownNow();
  }

  /** Re-renders every known proxy of {@code mesh} now, on the caller's thread. */
  public synchronized void refresh(String mesh) {
    RenderPlan plan = renderer.plan(store.inputs(mesh));
    Map<RenderKey, Rendered> before = lastRenders.getOrDefault(mesh, Map.of());
    Map<RenderKey, Rendered> renders = new HashMap<>();
    RenderMemo memo = new RenderMemo();
    Map<Rendered, Publication> published = new IdentityHashMap<>();
    for (ProxyIdentity proxy : store.proxies(mesh)) {
      RenderKey key = plan.key(proxy);
      Rendered rendered = renders.get(key);
      if (rendered == null) {
        rendered = before.get(key);
        if (rendered == null) {
          rendered = render(proxy, key, memo);
        }
        renders.put(key, rendered);
      }
      refresh(proxy, rendered, published);
    }
    lastRenders.put(mesh, renders);
  }

  /**
   * One render, shared by every proxy with its key: the sorted resources split by type, or the
   * error of a failed render.
   */
  private record Rendered(
      List<XdsResource> resources,
      List<Cluster> clusters,
      List<Listener> listeners,
      XdsException error) {}

  private Rendered render(ProxyIdentity proxy, RenderKey key, RenderMemo memo) {
    try {
      List<XdsResource> resources = renderer.render(proxy, key, memo).sorted();
      return new Rendered(
          resources, of(resources, Cluster.class), of(resources, Listener.class), null);
    } catch (XdsException e) {
      return new Rendered(null, null, null, e);
    }
  }

  /**
   * Publishes {@code rendered} to {@code proxy} unless it is what the proxy is served already. The
   * proxies that change to the same render in one refresh share one snapshot (and its version): a
   * snapshot is immutable, and a mesh's proxies mostly share a few renders.
   */
  private void refresh(
      ProxyIdentity proxy, Rendered rendered, Map<Rendered, Publication> published) {
    Served previous = served.get(proxy.nodeId());
    if (rendered.error() != null) {
      String message = rendered.error().getMessage();
      failures.incrementAndGet();
      LOG.errorf("render of %s failed, keeping its previous config: %s", proxy.nodeId(), message);
      if (previous != null) {
        served.put(proxy.nodeId(), new Served(previous.version(), previous.resources(), message));
      }
      return;
    }
    successes.incrementAndGet();
    List<XdsResource> resources = rendered.resources();
    // The same render as last time is the same list instance: no need to compare messages.
    if (previous != null
        && (previous.resources() == resources || sameMessages(previous.resources(), resources))) {
      return;
    }
    Publication publication = published.computeIfAbsent(rendered, this::publication);
    cache.setSnapshot(proxy.nodeId(), publication.snapshot());
    served.put(proxy.nodeId(), publication.served());
  }

  /** A render published under a new version: the snapshot for the ADS cache, and what it serves. */
  private record Publication(Snapshot snapshot, Served served) {}

  private Publication publication(Rendered rendered) {
    String version = Long.toString(versions.incrementAndGet());
    return new Publication(
        Snapshot.create(
            rendered.clusters(), List.of(), rendered.listeners(), List.of(), List.of(), version),
        new Served(version, rendered.resources(), null));
  }

  /** What {@code proxy} is served, or null when nothing was rendered for it yet. */
  public Served served(ProxyIdentity proxy) {
    awaitRequested();
    return served.get(proxy.nodeId());
  }

  /** Renders that failed since start. */
  public long failures() {
    awaitRequested();
    return failures.get();
  }

  /** Renders that succeeded since start (whether or not they changed what is served). */
  public long successes() {
    awaitRequested();
    return successes.get();
  }

  /** The latest snapshot version published (versions count up from 1); 0 before the first. */
  public long latestVersion() {
    awaitRequested();
    return versions.get();
  }

  private static boolean sameMessages(List<XdsResource> a, List<XdsResource> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).name().equals(b.get(i).name())
          || !a.get(i).resource().equals(b.get(i).resource())) {
        return false;
      }
    }
    return true;
  }

  private static <T extends Message> List<T> of(List<XdsResource> resources, Class<T> type) {
    return resources.stream()
        .map(XdsResource::resource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
