package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.meshward.core.KumaResource;
import io.meshward.envoy.EnvoyConstraints;
import io.meshward.policy.mesh.MeshSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ProxyRenderer} renders one proxy's passthrough config in Kuma's pipeline order: the
 * transparent-proxy generator, MeshPassthrough (plugin order 500), then every MeshProxyPatch that
 * targets the proxy (order 9999) in policy order, each modification in list order; finally every
 * resource must pass Envoy's {@code validate.rules}, as Kuma checks before a snapshot.
 */
public final class ProxyRenderer {

  private final TransparentProxyGenerator generator;
  private final PolicySelection selection;

  /** A renderer writing {@code options}, ordering policies with {@code selection}. */
  public ProxyRenderer(PassthroughOptions options, PolicySelection selection) {
    this.generator = new TransparentProxyGenerator(options);
    this.selection = selection;
  }

  /** {@code inputs} prepared for computing the render keys of many proxies. */
  public RenderPlan plan(MeshInputs inputs) {
    return new RenderPlan(inputs, selection);
  }

  /** The render key of {@code proxy} given {@code inputs}. */
  public RenderKey key(ProxyIdentity proxy, MeshInputs inputs) {
    return plan(inputs).key(proxy);
  }

  /** The resources of {@code proxy} given {@code inputs}. */
  public ResourceSet render(ProxyIdentity proxy, MeshInputs inputs) throws XdsException {
    return render(proxy, key(proxy, inputs));
  }

  /**
   * The resources of {@code proxy}, whose render key is {@code key}: the same for every proxy with
   * that key.
   */
  public ResourceSet render(ProxyIdentity proxy, RenderKey key) throws XdsException {
    JsonNode meshSpec = key.mesh() == null ? MissingNode.getInstance() : key.mesh().spec();
    ResourceSet set = generator.generate(proxy, MeshSettings.of(meshSpec).passthrough());
    MeshPassthroughApplier.apply(set, key.passthroughs(), proxy, generator);
    applyPatches(set, key.patches());
    check(set);
    return set;
  }

  /** Applies the modifications of {@code patches}, concatenated in the given order. */
  public static void applyPatches(ResourceSet set, List<KumaResource> patches) throws XdsException {
    List<JsonNode> mods = new ArrayList<>();
    for (KumaResource p : patches) {
      p.spec().path("default").path("appendModifications").forEach(mods::add);
    }
    ModificationApplier.apply(set, mods);
  }

  /** Fails when a resource breaks Envoy's field constraints. */
  public static void check(ResourceSet set) throws XdsException {
    for (XdsResource r : set.sorted()) {
      List<String> violations = EnvoyConstraints.check(r.resource());
      if (!violations.isEmpty()) {
        throw new XdsException(
            "invalid resource "
                + r.typeUrl().substring(XdsResource.TYPE_URL_PREFIX.length())
                + " "
                + r.name()
                + ": "
                + String.join("; ", violations));
      }
    }
  }
}
