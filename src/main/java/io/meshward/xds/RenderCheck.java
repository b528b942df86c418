package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.core.JsonWeight;
import io.meshward.core.KumaResource;
import io.meshward.core.Violations;
import io.meshward.policy.EffectCheck;
import io.meshward.policy.ValidationContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code RenderCheck} refuses a MeshProxyPatch whose modifications cannot be applied to the proxies
 * it targets, or whose result breaks Envoy's field constraints: Kuma only finds this when it
 * generates config, and the proxy then silently keeps its old config. The proxies are the known
 * ones of the patch's mesh that it selects or, when none is known, a {@link RepresentativeProxy}. A
 * failure on a known proxy is a violation; a failure on the representative proxy only is a warning
 * unless {@code denyOnRepresentative} (Kuma admits such patches, and whether a real proxy fails
 * depends on proxies meshward does not know). Each is rendered from the stored Mesh,
 * MeshPassthroughs and other patches plus this one; proxies that would get the same render are
 * rendered once. A modification aimed at the passthrough resources that selects nothing on any of
 * them is a warning ({@link InertModifications}). An outcome is reused while the stored
 * configuration is unchanged ({@link RenderCheckMemo}).
 */
public final class RenderCheck implements EffectCheck {

  /** Where a MeshProxyPatch's modifications are. */
  static final FieldPath MODIFICATIONS =
      FieldPath.root("spec").field("default").field("appendModifications");

  private final ProxyRenderer renderer;
  private final PolicySelection selection;
  private final RenderInputs source;
  private final boolean denyOnRepresentative;
  private final String representativeHint;

  /** How the webhook is told to refuse what fails on the representative proxy only. */
  public static final String SERVER_HINT =
      " (meshward.xds.render-check-representative=deny refuses it)";

  /** The largest spec (see {@link JsonWeight}) whose outcome is remembered. */
  static final long MEMO_WEIGHT = 16 * 1024;

  private final RenderCheckMemo<Read, Outcome> memo = new RenderCheckMemo<>();

  /** A check rendering with {@code renderer} what {@code source} holds. */
  public RenderCheck(ProxyRenderer renderer, PolicySelection selection, RenderInputs source) {
    this(renderer, selection, source, false);
  }

  /**
   * @param renderer renders one proxy
   * @param selection which policies target a proxy
   * @param source the stored Mesh, MeshPassthroughs, patches and proxies
   * @param denyOnRepresentative whether a failure on the representative proxy (no known proxy is
   *     targeted) is a violation rather than a warning
   */
  public RenderCheck(
      ProxyRenderer renderer,
      PolicySelection selection,
      RenderInputs source,
      boolean denyOnRepresentative) {
    this(renderer, selection, source, denyOnRepresentative, SERVER_HINT);
  }

  /**
   * @param renderer renders one proxy
   * @param selection which policies target a proxy
   * @param source the stored Mesh, MeshPassthroughs, patches and proxies
   * @param denyOnRepresentative whether a failure on the representative proxy (no known proxy is
   *     targeted) is a violation rather than a warning
   * @param representativeHint what the warning about such a failure ends with: how to refuse it
   */
  public RenderCheck(
      ProxyRenderer renderer,
      PolicySelection selection,
      RenderInputs source,
      boolean denyOnRepresentative,
      String representativeHint) {
    this.representativeHint = representativeHint;
    this.denyOnRepresentative = denyOnRepresentative;
    this.renderer = renderer;
    this.selection = selection;
    this.source = source;
  }

  @Override
  public String kind() {
    return "MeshProxyPatch";
  }

  @Override
  public void validate(ValidationContext ctx, Violations violations, List<String> warnings) {
    KumaResource patch = ctx.object();
    // A large patch is never remembered, so that the memo stays small (≤ 256 × 16 KiB); looking
    // it up costs no more than comparing it with the small ones remembered.
    Outcome outcome =
        memo.outcome(
            source.version(),
            Read.of(patch),
            () -> judge(patch),
            () -> JsonWeight.atMost(patch.spec(), MEMO_WEIGHT));
    warnings.addAll(outcome.inert());
    if (outcome.failure() == null) {
      return;
    }
    if (outcome.warning()) {
      warnings.add(
          outcome.failure().at()
              + ": "
              + outcome.failure().message()
              + "; no known proxy of the mesh is targeted, so this is not refused"
              + representativeHint);
    } else {
      violations.add(outcome.failure().at(), outcome.failure().message());
    }
  }

  /** What a render reads of a patch: its identity, labels (mesh, origin, role) and spec. */
  private record Read(
      boolean universal,
      String mesh,
      String namespace,
      String name,
      Map<String, String> labels,
      JsonNode spec) {
    static Read of(KumaResource patch) {
      return new Read(
          patch.universal(),
          patch.mesh(),
          patch.namespace(),
          patch.name(),
          patch.labels(),
          patch.spec());
    }

    /**
     * The identity only: cheap, and distinct enough for the memo's few entries (the record's own
     * {@code equals} still compares labels and spec).
     */
    @Override
    public int hashCode() {
      return Objects.hash(universal, mesh, namespace, name);
    }
  }

  /**
   * What the check found: no failure, or the first one and whether it is only a warning; and the
   * warnings about modifications that do nothing.
   */
  private record Outcome(Failure failure, boolean warning, List<String> inert) {
    static final Outcome RENDERS = new Outcome(null, false, List.of());
  }

  private Outcome judge(KumaResource patch) {
    MeshInputs stored = source.inputs(patch.mesh());
    MeshInputs without = without(stored, patch);
    List<KumaResource> patches = new ArrayList<>(without.proxyPatches());
    patches.add(patch);
    MeshInputs with = new MeshInputs(stored.mesh(), patches, stored.passthroughs());
    List<ProxyIdentity> proxies =
        source.proxies(patch.mesh()).stream()
            .filter(p -> PolicySelection.targets(patch, p))
            .toList();
    boolean representative = proxies.isEmpty();
    if (representative) {
      proxies = RepresentativeProxy.of(patch).stream().toList();
    }
    RenderPlan plan = renderer.plan(with);
    RenderMemo renders = new RenderMemo();
    Set<RenderKey> rendered = new HashSet<>();
    InertModifications inert = InertModifications.of(patch);
    boolean watch = inert.anyAimed();
    for (ProxyIdentity proxy : proxies) {
      RenderKey key = plan.key(proxy);
      if (rendered.add(key)) {
        int offset = offsetOf(key.patches(), patch);
        ModificationProbe probe =
            watch && offset >= 0
                ? inert.probe(offset, proxy, where(proxy, representative))
                : ModificationProbe.NONE;
        Optional<Failure> failure =
            failure(proxy, representative, patch, key, renders, without, probe);
        if (failure.isPresent()) {
          return new Outcome(
              failure.get(), representative && !denyOnRepresentative, inert.warnings());
        }
      }
    }
    return watch ? new Outcome(null, false, inert.warnings()) : Outcome.RENDERS;
  }

  private static String where(ProxyIdentity proxy, boolean representative) {
    return representative
        ? " on a representative proxy of mesh " + proxy.mesh()
        : " on proxy " + proxy.nodeId();
  }

  /** How many modifications come before {@code patch}'s in {@code ordered}; -1 when absent. */
  private static int offsetOf(List<KumaResource> ordered, KumaResource patch) {
    int offset = 0;
    for (KumaResource p : ordered) {
      if (p == patch) {
        return offset;
      }
      offset += ProxyRenderer.modifications(p).size();
    }
    return -1;
  }

  private record Failure(FieldPath at, String message) {}

  private Optional<Failure> failure(
      ProxyIdentity proxy,
      boolean representative,
      KumaResource patch,
      RenderKey key,
      RenderMemo memo,
      MeshInputs without,
      ModificationProbe probe) {
    XdsException error;
    try {
      renderer.render(proxy, key, memo, probe);
      return Optional.empty();
    } catch (XdsException e) {
      error = e;
    }
    String where =
        representative
            ? " (on a representative proxy of mesh " + proxy.mesh() + ")"
            : " (on proxy " + proxy.nodeId() + ")";
    int own = ownIndex(error, key.patches(), patch);
    if (own >= 0) {
      return Optional.of(new Failure(MODIFICATIONS.index(own), error.getMessage() + where));
    }
    try {
      renderer.render(proxy, without);
    } catch (XdsException before) {
      return Optional.empty(); // already broken without this patch: not its doing
    }
    return Optional.of(new Failure(MODIFICATIONS, error.getMessage() + where));
  }

  /** The index in {@code patch} of the failing modification, or -1 when it is not one of its. */
  private static int ownIndex(XdsException error, List<KumaResource> ordered, KumaResource patch) {
    if (!(error instanceof ModificationException failed)) {
      return -1;
    }
    int offset = offsetOf(ordered, patch);
    if (offset < 0) {
      return -1;
    }
    int local = failed.index() - offset;
    return local >= 0 && local < ProxyRenderer.modifications(patch).size() ? local : -1;
  }

  private static MeshInputs without(MeshInputs inputs, KumaResource patch) {
    List<KumaResource> others =
        inputs.proxyPatches().stream()
            .filter(p -> !(p.ref().equals(patch.ref()) && p.mesh().equals(patch.mesh())))
            .toList();
    return new MeshInputs(inputs.mesh(), others, inputs.passthroughs());
  }
}
