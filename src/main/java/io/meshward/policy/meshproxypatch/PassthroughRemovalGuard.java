package io.meshward.policy.meshproxypatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Operation;
import io.meshward.guard.Disruption;
import io.meshward.guard.GuardCheck;
import io.meshward.guard.GuardId;
import io.meshward.guard.GuardRule;
import io.meshward.guard.TargetScope;
import io.meshward.guard.TrafficQuestion;
import io.meshward.guard.TrafficSignal;
import io.meshward.policy.ValidationContext;
import java.util.Set;

/**
 * {@code PassthroughRemovalGuard} refuses a MeshProxyPatch that removes outbound passthrough while
 * passthrough traffic flows on the proxies it targets: a cluster Remove matching the outbound
 * passthrough cluster (by either name, by {@code origin: transparent}, or with no match at all), a
 * listener Remove of the outbound passthrough listener, or a networkFilter Remove of its {@code
 * tcp_proxy}. The proxies are narrowed by {@link TargetScope}.
 */
public final class PassthroughRemovalGuard implements GuardRule {

  /** Names of the outbound passthrough cluster and listener, legacy and unified. */
  static final Set<String> PASSTHROUGH_NAMES =
      Set.of(
          "outbound:passthrough:ipv4",
          "outbound:passthrough:ipv6",
          "self_transparentproxy_passthrough_outbound_ipv4",
          "self_transparentproxy_passthrough_outbound_ipv6");

  static final String TCP_PROXY = "envoy.filters.network.tcp_proxy";

  @Override
  public String kind() {
    return "MeshProxyPatch";
  }

  @Override
  public void check(GuardCheck check) {
    ValidationContext ctx = check.context();
    if (ctx.operation() != Operation.CREATE && ctx.operation() != Operation.UPDATE) {
      return;
    }
    JsonNode spec = ctx.object().spec();
    JsonNode mods = spec.path("default").path("appendModifications");
    TrafficQuestion question =
        TargetScope.question(
            TrafficSignal.PASSTHROUGH, ctx.object().mesh(), spec.path("targetRef"));
    for (int i = 0; i < mods.size(); i++) {
      String what = removes(mods.get(i));
      if (what != null) {
        String field = "spec.default.appendModifications[" + i + "]." + what.split(" ")[0];
        Disruption d =
            new Disruption(
                GuardId.PROXY_PATCH,
                field,
                "removing the outbound passthrough " + what.substring(what.indexOf(' ') + 1),
                "Narrow the match so that it leaves the outbound passthrough resources alone, or"
                    + " declare the destinations this traffic needs and wait until it stops.");
        check.refuseIfLive(d, question);
      }
    }
  }

  /** {@code "<key> <what>"} when {@code item} removes passthrough, else {@code null}. */
  private static String removes(JsonNode item) {
    JsonNode cluster = item.path("cluster");
    if (isRemove(cluster) && passthroughResource(cluster.path("match"), "name", "tags")) {
      return "cluster cluster";
    }
    JsonNode listener = item.path("listener");
    if (isRemove(listener) && passthroughResource(listener.path("match"), "name", "tags")) {
      return "listener listener";
    }
    JsonNode filter = item.path("networkFilter");
    if (isRemove(filter)) {
      JsonNode match = filter.path("match");
      String name = match.path("name").asText("");
      if ((name.isEmpty() || name.equals(TCP_PROXY))
          && passthroughResource(match, "listenerName", "listenerTags")) {
        return "networkFilter tcp_proxy filter";
      }
    }
    return null;
  }

  private static boolean isRemove(JsonNode mod) {
    return mod.isObject() && "Remove".equals(mod.path("operation").asText());
  }

  private static boolean passthroughResource(JsonNode match, String nameField, String tagsField) {
    String name = match.path(nameField).asText("");
    String origin = match.path("origin").asText("");
    JsonNode tags = match.path(tagsField);
    return (name.isEmpty() || PASSTHROUGH_NAMES.contains(name))
        && (origin.isEmpty() || origin.equals("transparent"))
        && (!tags.isObject() || tags.isEmpty());
  }
}
