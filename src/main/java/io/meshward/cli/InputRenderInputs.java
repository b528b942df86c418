package io.meshward.cli;

import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.engine.MutationEngine;
import io.meshward.engine.ValidationEngine;
import io.meshward.policy.PolicyRoles;
import io.meshward.xds.MeshInputs;
import io.meshward.xds.PassthroughOptions;
import io.meshward.xds.PolicySelection;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.RenderCheck;
import io.meshward.xds.RenderInputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code InputRenderInputs} is what the render check of {@code meshward check} reads: the Meshes
 * and MeshPassthroughs of the head revision that were allowed, as the mutating webhook would store
 * them, and the input's Dataplanes as the known proxies. Each MeshProxyPatch is rendered alone over
 * them: the input need not hold all a cluster holds, and rendering every patch with every other one
 * of its mesh would grow with their square ({@code --xds} renders a mesh's patches together).
 * Filled while the other documents are judged (thread-safe), read once the MeshProxyPatches are.
 */
final class InputRenderInputs implements RenderInputs {

  private static final Comparator<Offered> ORDER =
      Comparator.comparing(Offered::file).thenComparingInt(Offered::document);

  /** An object of the input and where it was. */
  private record Offered(String file, int document, KumaResource resource) {}

  private final MutationEngine mutation = MutationEngine.standard();
  private final Set<String> features;
  private final Map<String, Queue<Offered>> meshes = new ConcurrentHashMap<>();
  private final Map<String, Queue<Offered>> passthroughs = new ConcurrentHashMap<>();
  private final Map<String, Queue<ProxyIdentity>> proxies = new ConcurrentHashMap<>();
  private final Map<String, MeshInputs> read = new ConcurrentHashMap<>();

  /** Inputs whose proxies advertise the kuma-dp {@code features}. */
  InputRenderInputs(Set<String> features) {
    this.features = features;
  }

  /** Whether {@code doc} is judged after the others, with the render check: a MeshProxyPatch. */
  static boolean deferred(KumaDocument doc) {
    return doc != null && doc.resource().kind().equals(KumaKind.MESH_PROXY_PATCH.kindName());
  }

  /**
   * Keeps {@code doc} when it is a Mesh or MeshPassthrough that was {@code allowed}; before the
   * first {@link #inputs} of its mesh.
   */
  void offer(KumaDocument doc, boolean allowed) {
    String kind = doc.resource().kind();
    boolean mesh = kind.equals(KumaKind.MESH.kindName());
    if (!allowed || !(mesh || kind.equals(KumaKind.MESH_PASSTHROUGH.kindName()))) {
      return;
    }
    KumaResource stored = KumaResource.of(mutation.normalize(doc.object()).object());
    Offered offered = new Offered(doc.source().file(), doc.source().index(), stored);
    (mesh ? meshes : passthroughs)
        .computeIfAbsent(mesh ? stored.name() : stored.mesh(), m -> new ConcurrentLinkedQueue<>())
        .add(offered);
  }

  /** Keeps {@code dataplane} as a known proxy of its mesh. */
  void offer(DataplaneDoc dataplane) {
    ProxyIdentity proxy = dataplane.proxy().withFeatures(features);
    proxies.computeIfAbsent(proxy.mesh(), m -> new ConcurrentLinkedQueue<>()).add(proxy);
  }

  /** {@code engine} with the render check reading these inputs. */
  ValidationEngine engine(ValidationEngine engine) {
    PolicySelection selection =
        new PolicySelection(new PolicyRoles(PolicyRoles.DEFAULT_SYSTEM_NAMESPACES));
    ProxyRenderer renderer = new ProxyRenderer(PassthroughOptions.kuma(), selection);
    return engine.withEffects(
        List.of(
            new RenderCheck(
                renderer,
                selection,
                this,
                false,
                " (a Dataplane of the input that it targets would make this a denial)")));
  }

  @Override
  public MeshInputs inputs(String mesh) {
    // The same instances for every patch of the mesh: renders key their bases by identity.
    return read.computeIfAbsent(mesh, this::read);
  }

  private MeshInputs read(String mesh) {
    // The first of several Meshes of one name, in file and document order: the same every run.
    KumaResource meshObject =
        sorted(meshes.get(mesh)).stream().findFirst().map(Offered::resource).orElse(null);
    List<KumaResource> policies =
        sorted(passthroughs.get(mesh)).stream().map(Offered::resource).toList();
    return new MeshInputs(meshObject, List.of(), policies);
  }

  @Override
  public List<ProxyIdentity> proxies(String mesh) {
    Queue<ProxyIdentity> known = proxies.get(mesh);
    return known == null
        ? List.of()
        : known.stream().sorted(Comparator.comparing(ProxyIdentity::nodeId)).toList();
  }

  @Override
  public long version() {
    return 0; // fixed while the MeshProxyPatches are judged
  }

  private static List<Offered> sorted(Queue<Offered> offered) {
    List<Offered> out = new ArrayList<>(offered == null ? List.of() : offered);
    out.sort(ORDER);
    return out;
  }
}
