package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code InertModifications} finds the modifications of one MeshProxyPatch that would do nothing:
 * those aimed at what meshward renders ({@link MissedMatch#aimed}) that select nothing on every
 * proxy the patch was rendered for. Kuma accepts such a patch and it silently changes nothing, so
 * each is a warning. A name that only other proxies have (IPv6, the other naming scheme) is not
 * judged. Its probes watch the renders of one judgement; not thread-safe.
 */
final class InertModifications {

  private final List<String> keys = new ArrayList<>();
  private final boolean[] aimed;
  private final boolean[] acted;
  private final int[] renders;
  private final Seen[] firstMiss;

  /** The first render in which a modification did nothing. */
  private record Seen(PatchModification mod, ModificationReach.Miss miss, String where) {}

  private InertModifications(List<JsonNode> items, boolean everyModification) {
    int n = items.size();
    aimed = new boolean[n];
    acted = new boolean[n];
    renders = new int[n];
    firstMiss = new Seen[n];
    for (int i = 0; i < n; i++) {
      try {
        PatchModification mod = PatchModification.of(items.get(i));
        keys.add(mod.type().key());
        aimed[i] = everyModification || MissedMatch.aimed(mod);
      } catch (XdsException e) {
        keys.add("");
      }
    }
  }

  /** The modifications of {@code patch} aimed at what meshward renders, none judged yet. */
  static InertModifications of(KumaResource patch) {
    return new InertModifications(ProxyRenderer.modifications(patch), false);
  }

  /**
   * Every modification of {@code patch}, none judged yet: for resources that are all there is (an
   * Envoy config dump), not only the ones meshward renders.
   */
  static InertModifications everyOne(KumaResource patch) {
    return new InertModifications(ProxyRenderer.modifications(patch), true);
  }

  /** Whether any modification aims at what meshward renders (else no probe needs to run). */
  boolean anyAimed() {
    for (boolean a : aimed) {
      if (a) {
        return true;
      }
    }
    return false;
  }

  /**
   * A probe for one render of {@code proxy} (null when the resources are not a proxy's render), in
   * which this patch's modifications come after {@code offset} others; {@code where} says which
   * proxy, e.g. {@code " on proxy default.web-1"}.
   */
  ModificationProbe probe(int offset, ProxyIdentity proxy, String where) {
    return (index, mod, set) -> {
      int i = index - offset;
      if (i >= 0 && i < aimed.length && aimed[i]) {
        try {
          observe(i, mod, set, proxy, where);
        } catch (RuntimeException e) {
          acted[i] = true; // a fault of this check must never fail the render it watches
        }
      }
    };
  }

  private void observe(
      int i, PatchModification mod, ResourceSet set, ProxyIdentity proxy, String where) {
    String name = MissedMatch.name(mod);
    if (proxy != null
        && name != null
        && PassthroughNames.ofOtherProxies(name, proxy.ipv6(), proxy.unifiedNaming())) {
      acted[i] = true; // meant for proxies unlike this one
      return;
    }
    Optional<ModificationReach.Miss> miss = ModificationReach.miss(set, mod);
    renders[i]++;
    if (miss.isEmpty()) {
      acted[i] = true;
    } else if (firstMiss[i] == null) {
      firstMiss[i] = new Seen(mod, miss.get(), where);
    }
  }

  /** One warning per aimed modification that did nothing in every render watched. */
  List<String> warnings() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < aimed.length; i++) {
      if (aimed[i] && !acted[i] && firstMiss[i] != null) {
        Seen seen = firstMiss[i];
        String where = seen.where() + (renders[i] > 1 ? " or any other proxy it targets" : "");
        out.add(
            RenderCheck.MODIFICATIONS.index(i).field(keys.get(i)).field("match")
                + ": "
                + MissedMatch.describe(seen.mod(), seen.miss(), where));
      }
    }
    return out;
  }
}
