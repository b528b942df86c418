package io.meshward.xds;

import io.meshward.core.BoundedMemo;
import io.meshward.core.KumaResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code RenderPlan} is one mesh's inputs prepared for rendering many proxies: its policies are
 * sorted in Kuma's order and their top-level targetRefs read once, so the {@link RenderKey} of each
 * proxy only tests the proxy against every policy.
 *
 * <p>Sorting once and filtering per proxy gives the order of filtering then sorting: the sort is
 * stable, so policies that compare equal keep their stored order either way.
 */
public final class RenderPlan {

  record Candidate(KumaResource policy, String mesh, Predicate<ProxyIdentity> target) {}

  private final MeshInputs inputs;
  private final List<Candidate> passthroughs;
  private final List<Candidate> patches;

  /** The plan of {@code inputs}, ordering policies with {@code selection}. */
  public RenderPlan(MeshInputs inputs, PolicySelection selection) {
    this(inputs, selection, new BoundedMemo<>(1));
  }

  /**
   * The plan of {@code inputs}; the MeshPassthroughs' part is taken from {@code planned} when the
   * same instances were planned before (a render check plans the same stored ones for every patch).
   */
  RenderPlan(
      MeshInputs inputs,
      PolicySelection selection,
      BoundedMemo<Instances, List<Candidate>> planned) {
    this.inputs = inputs;
    Instances key = new Instances(inputs.passthroughs());
    List<Candidate> known = planned.get(key);
    if (known == null) {
      known = candidates(inputs.passthroughs(), selection);
      planned.put(key, known);
    }
    this.passthroughs = known;
    this.patches = candidates(inputs.proxyPatches(), selection);
  }

  /** A list of policies compared by the instances it holds. */
  record Instances(List<KumaResource> policies) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Instances i && RenderKey.sameInstances(policies, i.policies);
    }

    @Override
    public int hashCode() {
      return RenderKey.identityHash(policies);
    }
  }

  /** The inputs planned for. */
  public MeshInputs inputs() {
    return inputs;
  }

  /** The render key of {@code proxy}. */
  public RenderKey key(ProxyIdentity proxy) {
    return new RenderKey(
        inputs.mesh(),
        proxy.ipv6(),
        proxy.unifiedNaming(),
        proxy.redirect(),
        proxy.features(),
        TransparentProxyGenerator.strictInboundPorts(proxy),
        select(passthroughs, proxy),
        select(patches, proxy));
  }

  private static List<Candidate> candidates(
      List<KumaResource> policies, PolicySelection selection) {
    return selection.sorted(policies).stream()
        .map(p -> new Candidate(p, p.mesh(), PolicySelection.target(p)))
        .toList();
  }

  private static List<KumaResource> select(List<Candidate> candidates, ProxyIdentity proxy) {
    List<KumaResource> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.mesh().equals(proxy.mesh()) && c.target().test(proxy)) {
        out.add(c.policy());
      }
    }
    return out;
  }
}
