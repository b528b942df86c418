package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.meshward.core.BoundedMemo;
import io.meshward.core.KumaResource;
import io.meshward.envoy.EnvoyConstraints;
import io.meshward.policy.mesh.MeshSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ProxyRenderer} renders one proxy's passthrough config in Kuma's pipeline order: the
 * transparent-proxy generator, MeshPassthrough (plugin order 500), then every MeshProxyPatch that
 * targets the proxy (order 9999) in policy order, each modification in list order; finally every
 * resource must pass Envoy's {@code validate.rules}, as Kuma checks before a snapshot. On
 * Kubernetes, the API-server bypass is added last when the Mesh turns passthrough off.
 */
public final class ProxyRenderer {

  private final TransparentProxyGenerator generator;
  private final PolicySelection selection;
  private final Optional<ApiServerBypass> bypass;
  private final GeneratedBases bases = new GeneratedBases();
  // The MeshPassthroughs of the meshes rendered lately, sorted and read (few meshes at a time).
  private final BoundedMemo<RenderPlan.Instances, List<RenderPlan.Candidate>> plannedPassthroughs =
      new BoundedMemo<>(64);

  /** A renderer writing {@code options}, ordering policies with {@code selection}. */
  public ProxyRenderer(PassthroughOptions options, PolicySelection selection) {
    this(options, selection, Optional.empty());
  }

  /**
   * A renderer writing {@code options}, ordering policies with {@code selection}, adding {@code
   * bypass} (when given) to every proxy of a mesh with {@code passthrough: false}.
   */
  public ProxyRenderer(
      PassthroughOptions options, PolicySelection selection, Optional<ApiServerBypass> bypass) {
    this.generator = new TransparentProxyGenerator(options);
    this.selection = selection;
    this.bypass = bypass;
  }

  /** {@code inputs} prepared for computing the render keys of many proxies. */
  public RenderPlan plan(MeshInputs inputs) {
    return new RenderPlan(inputs, selection, plannedPassthroughs);
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
    return render(proxy, key, new RenderMemo());
  }

  /**
   * As {@link #render(ProxyIdentity, RenderKey)}, continuing from the longest prefix of the key's
   * patches that {@code memo} holds and recording every prefix it renders.
   */
  public ResourceSet render(ProxyIdentity proxy, RenderKey key, RenderMemo memo)
      throws XdsException {
    return render(proxy, key, memo, ModificationProbe.NONE);
  }

  /**
   * As {@link #render(ProxyIdentity, RenderKey, RenderMemo)}, showing {@code probe} every
   * modification it applies (those of prefixes that {@code memo} holds are not applied again).
   */
  ResourceSet render(ProxyIdentity proxy, RenderKey key, RenderMemo memo, ModificationProbe probe)
      throws XdsException {
    List<KumaResource> patches = key.patches();
    int from = patches.size();
    Object state = memo.state(key);
    while (state == null && from > 0) {
      state = memo.state(RenderMemo.prefix(key, --from));
    }
    if (state instanceof XdsException e) {
      throw e;
    }
    ResourceSet set = (ResourceSet) state;
    if (set == null) {
      GeneratedBases.Base base;
      try {
        base = base(proxy, key);
      } catch (XdsException e) {
        memo.fail(RenderMemo.prefix(key, 0), e);
        throw e;
      }
      set = base.set().copy();
      memo.passedBefore(base.messages());
      memo.put(RenderMemo.prefix(key, 0), set);
    }
    int offset = 0;
    for (int i = 0; i < from; i++) {
      offset += modifications(patches.get(i)).size();
    }
    for (int i = from; i < patches.size(); i++) {
      List<JsonNode> mods = modifications(patches.get(i));
      try {
        ModificationApplier.apply(set, mods, offset, probe);
      } catch (XdsException e) {
        memo.fail(RenderMemo.prefix(key, i + 1), e);
        throw e;
      }
      offset += mods.size();
      memo.put(RenderMemo.prefix(key, i + 1), set);
    }
    check(set, memo);
    if (bypass.isPresent() && !meshSettings(key).passthrough()) {
      // a resource-set hook in Kuma: after every policy, MeshProxyPatch included
      bypass.get().resources(proxy, generator.options().connectTimeout()).forEach(set::add);
    }
    return set;
  }

  private static MeshSettings meshSettings(RenderKey key) {
    return MeshSettings.of(key.mesh() == null ? MissingNode.getInstance() : key.mesh().spec());
  }

  /** The transparent-proxy resources with the MeshPassthroughs of {@code key} applied. */
  private GeneratedBases.Base base(ProxyIdentity proxy, RenderKey key) throws XdsException {
    MeshSettings mesh = meshSettings(key);
    boolean passthrough = mesh.passthrough();
    boolean strictMtls = mesh.mtlsEnabled() && mesh.mtlsMode() == MeshSettings.MtlsMode.STRICT;
    return bases.get(
        new GeneratedBases.Key(proxy, passthrough, strictMtls, key.passthroughs()),
        () -> generate(proxy, passthrough, strictMtls, key));
  }

  private ResourceSet generate(
      ProxyIdentity proxy, boolean passthrough, boolean strictMtls, RenderKey key)
      throws XdsException {
    ResourceSet set = generator.generate(proxy, passthrough, strictMtls);
    MeshPassthroughApplier.apply(set, key.passthroughs(), proxy, generator);
    return set;
  }

  /** The {@code appendModifications} items of {@code patch}. */
  static List<JsonNode> modifications(KumaResource patch) {
    List<JsonNode> mods = new ArrayList<>();
    patch.spec().path("default").path("appendModifications").forEach(mods::add);
    return mods;
  }

  /** Applies the modifications of {@code patches}, concatenated in the given order. */
  public static void applyPatches(ResourceSet set, List<KumaResource> patches) throws XdsException {
    applyPatches(set, patches, new ArrayList<>());
  }

  /**
   * As {@link #applyPatches(ResourceSet, List)}, adding to {@code warnings} one line per
   * modification that selected nothing in {@code set}, e.g. {@code MeshProxyPatch kuma-system/cb:
   * spec.default.appendModifications[0].cluster.match: selects no cluster in the input, ...}.
   */
  public static void applyPatches(
      ResourceSet set, List<KumaResource> patches, List<String> warnings) throws XdsException {
    int offset = 0;
    for (KumaResource p : patches) {
      List<JsonNode> mods = modifications(p);
      InertModifications inert = InertModifications.everyOne(p);
      ModificationApplier.apply(set, mods, offset, inert.probe(offset, null, " in the input"));
      String who =
          "MeshProxyPatch " + (p.namespace().isEmpty() ? "" : p.namespace() + "/") + p.name();
      inert.warnings().forEach(w -> warnings.add(who + ": " + w));
      offset += mods.size();
    }
  }

  /** Fails when a resource breaks Envoy's field constraints. */
  public static void check(ResourceSet set) throws XdsException {
    check(set, new RenderMemo());
  }

  private static void check(ResourceSet set, RenderMemo memo) throws XdsException {
    // Only what a patch changed is unchecked; in name order, so the first violation is stable.
    List<XdsResource> unchecked = new ArrayList<>();
    for (XdsResource r : set.all()) {
      if (!memo.checked(r.resource())) {
        unchecked.add(r);
      }
    }
    unchecked.sort(ResourceSet.ORDER);
    for (XdsResource r : unchecked) {
      List<String> violations = EnvoyConstraints.check(r.resource(), memo.passedMessages());
      if (violations.isEmpty()) {
        memo.passed(r.resource());
      } else {
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
