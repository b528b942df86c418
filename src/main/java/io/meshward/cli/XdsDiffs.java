package io.meshward.cli;

import io.meshward.cli.report.ProxyDiff;
import io.meshward.cli.report.ResourceDiff;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.engine.MutationEngine;
import io.meshward.policy.PolicyRoles;
import io.meshward.xds.MeshInputs;
import io.meshward.xds.PassthroughOptions;
import io.meshward.xds.PolicySelection;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.XdsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code XdsDiffs} is {@code --xds}: for every mesh whose Mesh, MeshProxyPatches or
 * MeshPassthroughs differ between the base and the head revision, it renders a representative proxy
 * (and each Dataplane of the input in that mesh) with both revisions' objects, as the mutating
 * webhook would store them, and diffs the resources. The proxies advertise the kuma-dp features
 * given ({@code --xds-feature}); the representative proxy has no inbound port, so strict inbound
 * ports show only on the Dataplanes.
 */
final class XdsDiffs {

  /** The name of the representative proxy in reports. */
  static final String REPRESENTATIVE = "representative";

  private static final Set<String> RENDERED =
      Set.of(
          KumaKind.MESH.kindName(),
          KumaKind.MESH_PROXY_PATCH.kindName(),
          KumaKind.MESH_PASSTHROUGH.kindName());

  private final ProxyRenderer renderer;
  private final MutationEngine mutation = MutationEngine.standard();
  private final Set<String> features;

  /** Diffs rendered as {@code preview} says. */
  XdsDiffs(XdsPreview preview) {
    this.renderer =
        new ProxyRenderer(
            PassthroughOptions.kuma(),
            new PolicySelection(new PolicyRoles(PolicyRoles.DEFAULT_SYSTEM_NAMESPACES)),
            preview.apiServer());
    this.features = preview.features();
  }

  /**
   * The diffs of every touched mesh, meshes in name order.
   *
   * @param heads the head revision's Kuma documents
   * @param bases the base revision's Kuma documents by {@link KumaDocument#key()}
   * @param dataplanes the head revision's Dataplanes
   */
  List<ProxyDiff> diff(
      List<KumaDocument> heads, Map<String, KumaDocument> bases, List<DataplaneDoc> dataplanes) {
    Set<String> touched = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (KumaDocument head : heads) {
      KumaDocument base = bases.get(head.key());
      seen.add(head.key());
      if (rendered(head) && (base == null || !base.object().equals(head.object()))) {
        touched.add(meshOf(head.resource()));
        if (base != null) {
          touched.add(meshOf(base.resource()));
        }
      }
    }
    bases.values().stream()
        .filter(b -> rendered(b) && !seen.contains(b.key()))
        .forEach(b -> touched.add(meshOf(b.resource())));
    List<ProxyDiff> out = new ArrayList<>();
    for (String mesh : touched) {
      MeshInputs before = inputs(mesh, bases.values());
      MeshInputs after = inputs(mesh, heads);
      ProxyIdentity representative =
          ProxyIdentity.of(mesh, "app", "default").withFeatures(features);
      out.add(proxy(REPRESENTATIVE, representative, before, after));
      for (DataplaneDoc dp : dataplanes) {
        if (dp.proxy().mesh().equals(mesh)) {
          out.add(proxy(dp.ref(), dp.proxy().withFeatures(features), before, after));
        }
      }
    }
    return out;
  }

  private ProxyDiff proxy(String name, ProxyIdentity proxy, MeshInputs before, MeshInputs after) {
    ResourceDiffer.Rendered base = render(proxy, before);
    ResourceDiffer.Rendered head = render(proxy, after);
    List<ResourceDiff> resources =
        head.error().isEmpty() ? ResourceDiffer.diff(base, head) : List.of();
    return new ProxyDiff(proxy.mesh(), name, head.error(), base.error(), resources);
  }

  private ResourceDiffer.Rendered render(ProxyIdentity proxy, MeshInputs inputs) {
    try {
      return ResourceDiffer.Rendered.of(renderer.render(proxy, inputs));
    } catch (XdsException e) {
      return ResourceDiffer.Rendered.failed(e.getMessage());
    }
  }

  private MeshInputs inputs(String mesh, Collection<KumaDocument> docs) {
    KumaResource meshObject = null;
    List<KumaResource> patches = new ArrayList<>();
    List<KumaResource> passthroughs = new ArrayList<>();
    for (KumaDocument doc : docs) {
      KumaResource r = normalized(doc);
      if (!rendered(doc) || !meshOf(r).equals(mesh)) {
        continue;
      }
      if (r.kind().equals(KumaKind.MESH.kindName())) {
        meshObject = r;
      } else if (r.kind().equals(KumaKind.MESH_PROXY_PATCH.kindName())) {
        patches.add(r);
      } else {
        passthroughs.add(r);
      }
    }
    return new MeshInputs(meshObject, patches, passthroughs);
  }

  private KumaResource normalized(KumaDocument doc) {
    return KumaResource.of(mutation.normalize(doc.object()).object());
  }

  private static boolean rendered(KumaDocument doc) {
    return RENDERED.contains(doc.resource().kind());
  }

  private static String meshOf(KumaResource r) {
    return r.kind().equals(KumaKind.MESH.kindName()) ? r.name() : r.mesh();
  }
}
