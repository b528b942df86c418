package io.meshward.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.envoyproxy.controlplane.cache.v3.SimpleCache;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violations;
import io.meshward.policy.PolicyRole;
import io.meshward.policy.PolicyRoles;
import io.meshward.policy.ValidationContext;
import io.meshward.xds.PassthroughOptions;
import io.meshward.xds.PolicySelection;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.RenderCheck;
import io.meshward.xds.XdsStore;
import io.meshward.xds.server.Snapshots;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders 1,000 proxies × 20 MeshProxyPatches: a full render into a fresh snapshot cache, one
 * changed patch (re-render of the mesh, only changed snapshots published), and the admission's
 * render check of a new patch that targets the whole mesh, against the 1,000 known proxies. Not a
 * test: run with {@code bench/xds-render.sh}. Prints median and p90 over the measured rounds of the
 * wall-clock time, and beside it the measuring thread's CPU time and the GC time of the same
 * sections (on a shared machine the wall clock also counts time the thread waited for a core).
 */
public final class XdsRenderBench {

  private static final String MESH = "bench";

  private XdsRenderBench() {}

  static JsonNode patch(int i, int maxConnections, int idleSeconds) throws Exception {
    String target =
        i % 2 == 0 ? "{kind: Mesh}" : "{kind: MeshSubset, tags: {app: svc-" + (i % 50) + "}}";
    return Json.YAML.readTree(
        """
        apiVersion: kuma.io/v1alpha1
        kind: MeshProxyPatch
        metadata: {name: patch-%d, namespace: kuma-system, labels: {kuma.io/mesh: %s}}
        spec:
          targetRef: %s
          default:
            appendModifications:
              - cluster:
                  operation: Patch
                  match: {name: outbound:passthrough:ipv4}
                  value: |
                    circuitBreakers: {thresholds: [{maxConnections: %d}]}
              - cluster:
                  operation: Patch
                  match: {name: inbound:passthrough:ipv4}
                  jsonPatches:
                    - {op: replace, path: /connectTimeout, value: %ds}
              - networkFilter:
                  operation: Patch
                  match: {name: envoy.filters.network.tcp_proxy, listenerName: outbound:passthrough:ipv4}
                  value: |
                    name: envoy.filters.network.tcp_proxy
                    typedConfig:
                      '@type': type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
                      idleTimeout: %ds
        """
            .formatted(i, MESH, target, maxConnections, 1 + i, idleSeconds));
  }

  /**
   * The idle timeout of patch {@code i} in {@code round}: every round's values differ from the
   * previous rounds', so the full render parses them afresh, as after a start.
   */
  private static int idle(int round, int i) {
    return 60 + i + 100 * (round + 5);
  }

  /** Runs the benchmark; args: [rounds] (default 20). */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int proxies = 1000;
    int patches = 20;
    PolicySelection selection = new PolicySelection(new PolicyRoles(Set.of()));
    ProxyRenderer renderer = new ProxyRenderer(PassthroughOptions.defaults(), selection);
    long[] full = new long[rounds];
    long[] incremental = new long[rounds];
    long[] fullCpu = new long[rounds];
    long[] incrementalCpu = new long[rounds];
    long[] fullGc = new long[rounds];
    long[] incrementalGc = new long[rounds];
    long[] admitting = new long[rounds];
    long[] checked = new long[rounds];
    long[] checkedCpu = new long[rounds];
    for (int round = -5; round < rounds; round++) {
      XdsStore store = new XdsStore();
      for (int i = 0; i < patches; i++) {
        store.accept(Operation.CREATE, patch(i, 2048 + round, idle(round, i)), null);
      }
      for (int p = 0; p < proxies; p++) {
        store.putProxy(
            new ProxyIdentity(
                MESH, "dp-" + p, "apps", Map.of("app", "svc-" + (p % 50)), p % 4 == 0, false));
      }
      Snapshots snapshots = new Snapshots(new SimpleCache<>(n -> n.getId()), renderer, store);
      store.onChange(snapshots::refresh);
      Sample fullSample = Sample.start();
      snapshots.refresh(MESH);
      fullSample = fullSample.stop();
      JsonNode changed = patch(3, 4096 + round, idle(round, 3));
      Sample incSample = Sample.start();
      store.accept(Operation.UPDATE, changed, null);
      incSample = incSample.stop();
      // As the server does it: the change is rendered on the refresh thread, not the caller's.
      store.onChange(snapshots::request);
      snapshots.awaitRequested(); // the refresh thread is started once per server, not per change
      JsonNode next = patch(4, 4096 + round, idle(round, 4));
      long admitStart = System.nanoTime();
      store.accept(Operation.UPDATE, next, null);
      long admitWall = System.nanoTime() - admitStart;
      snapshots.awaitRequested();
      // The admission of a new patch targeting the whole mesh: the render check of every known
      // proxy it selects (the webhook's with meshward.kubernetes.watch), no outcome remembered.
      RenderCheck check = new RenderCheck(renderer, selection, store);
      KumaResource admitted = KumaResource.of(patch(patches, 8192 + round, idle(round, patches)));
      Violations violations = new Violations("render");
      List<String> warnings = new ArrayList<>();
      Sample checkSample = Sample.start();
      check.validate(
          new ValidationContext(admitted, null, Operation.CREATE, PolicyRole.SYSTEM),
          violations,
          warnings);
      checkSample = checkSample.stop();
      if (!violations.isEmpty() || !warnings.isEmpty()) {
        throw new IllegalStateException("the benchmark's patch must render: " + warnings);
      }
      if (round >= 0) {
        checked[round] = checkSample.wall();
        checkedCpu[round] = checkSample.cpu();
        full[round] = fullSample.wall();
        fullCpu[round] = fullSample.cpu();
        fullGc[round] = fullSample.gc();
        incremental[round] = incSample.wall();
        incrementalCpu[round] = incSample.cpu();
        incrementalGc[round] = incSample.gc();
        admitting[round] = admitWall;
      }
    }
    System.out.printf("proxies=%d patches=%d rounds=%d%n", proxies, patches, rounds);
    System.out.printf("full render + publish:        %s%n", summary(full));
    System.out.printf("  thread CPU:                 %s%n", summary(fullCpu));
    System.out.printf("  GC time (all collectors):   %s%n", summary(fullGc));
    System.out.printf("one changed patch, published: %s%n", summary(incremental));
    System.out.printf("  thread CPU:                 %s%n", summary(incrementalCpu));
    System.out.printf("  GC time (all collectors):   %s%n", summary(incrementalGc));
    System.out.printf("render check of a new patch:  %s%n", summary(checked));
    System.out.printf("  thread CPU:                 %s%n", summary(checkedCpu));
    long[] sorted = admitting.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "the admitting thread's share: median %.0f us, max %.0f us (rendered on the refresh thread)%n",
        sorted[sorted.length / 2] / 1e3, sorted[sorted.length - 1] / 1e3);
  }

  /**
   * Wall-clock time, the measuring thread's CPU time (what other load on the machine does not
   * inflate) and the GC time of one measured section, in nanoseconds.
   */
  private record Sample(long wall, long cpu, long gc) {

    static Sample start() {
      return new Sample(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), gcNanos());
    }

    Sample stop() {
      return new Sample(
          System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu, gcNanos() - gc);
    }

    private static long gcNanos() {
      long millis = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        millis += Math.max(0, gc.getCollectionTime());
      }
      return millis * 1_000_000;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static String summary(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "median %.1f ms, p90 %.1f ms, min %.1f ms",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.ceil(sorted.length * 0.9) - 1] / 1e6,
        sorted[0] / 1e6);
  }
}
