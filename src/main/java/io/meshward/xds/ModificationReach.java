package io.meshward.xds;

import com.google.protobuf.InvalidProtocolBufferException;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.config.route.v3.RouteConfiguration;
import io.envoyproxy.envoy.config.route.v3.VirtualHost;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter;
import io.meshward.policy.meshproxypatch.ModificationType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ModificationReach} tells whether a modification would act on anything in a proxy's
 * resources, by the matching the modifiers apply, and when it would not, what it missed. Adding a
 * cluster or listener always acts; every other operation needs a resource, filter or virtual host
 * that its {@code match} selects.
 */
final class ModificationReach {

  /**
   * What a modification missed.
   *
   * @param missed what it selects none of, e.g. {@code cluster}
   * @param wanted the name it asked for; null when it named none
   * @param present the names it could have selected
   * @param note why the resource of the name asked for was not selected; null when there is none
   */
  record Miss(String missed, String wanted, List<String> present, String note) {
    Miss(String missed, String wanted, List<String> present) {
      this(missed, wanted, present, null);
    }
  }

  private ModificationReach() {}

  /** What {@code mod} would miss in {@code set}; empty when it would act on something. */
  static Optional<Miss> miss(ResourceSet set, PatchModification mod) {
    return switch (mod.type()) {
      case CLUSTER, LISTENER -> resources(set, mod);
      case NETWORK_FILTER, HTTP_FILTER -> filters(set, mod);
      case VIRTUAL_HOST -> virtualHosts(set, mod);
    };
  }

  private static Optional<Miss> resources(ResourceSet set, PatchModification mod) {
    if (mod.operation().equals("Add")) {
      return Optional.empty();
    }
    boolean cluster = mod.type() == ModificationType.CLUSTER;
    List<XdsResource> all = set.ofType(cluster ? XdsTypes.CLUSTER : XdsTypes.LISTENER);
    if (all.stream().anyMatch(r -> ResourceModifier.matches(mod, r, cluster))) {
      return Optional.empty();
    }
    String wanted = mod.matchText("name");
    return Optional.of(
        new Miss(mod.type().key(), wanted, names(all), note(all, wanted, mod, cluster)));
  }

  /** Why the resource named {@code wanted}, if there, was not selected: its origin or its tags. */
  private static String note(
      List<XdsResource> all, String wanted, PatchModification mod, boolean cluster) {
    String origin = mod.matchText("origin");
    for (XdsResource r : all) {
      boolean named =
          wanted != null
              && (cluster
                  ? wanted.equals(r.name())
                  : PassthroughNames.listenerNameMatches(wanted, r.name()));
      if (named) {
        return origin != null && !origin.equals(r.origin())
            ? r.name() + " has origin " + r.origin() + ", not " + origin
            : r.name() + " does not carry the tags asked for";
      }
    }
    return null;
  }

  private static Optional<Miss> filters(ResourceSet set, PatchModification mod) {
    List<XdsResource> all = set.ofType(XdsTypes.LISTENER);
    List<Listener> selected = new ArrayList<>();
    for (XdsResource r : all) {
      if (ListenerMatch.matches(mod.match(), "listenerName", "listenerTags", r)) {
        selected.add((Listener) r.resource());
      }
    }
    if (selected.isEmpty()) {
      return Optional.of(new Miss("listener", mod.matchText("listenerName"), names(all)));
    }
    boolean http = mod.type() == ModificationType.HTTP_FILTER;
    Set<String> present = new LinkedHashSet<>();
    boolean place = false; // a filter list to add to
    for (Listener l : selected) {
      for (FilterChain chain : l.getFilterChainsList()) {
        place |= !http;
        for (Filter f : chain.getFiltersList()) {
          if (!http) {
            present.add(f.getName());
          } else if (f.getName().equals(XdsTypes.HCM_FILTER)) {
            Optional<HttpConnectionManager> hcm = hcm(f);
            place |= hcm.isPresent();
            hcm.ifPresent(
                h ->
                    h.getHttpFiltersList().stream().map(HttpFilter::getName).forEach(present::add));
          }
        }
      }
    }
    String kind = http ? "HTTP filter" : "network filter";
    String wanted = mod.matchText("name");
    boolean reached =
        switch (mod.operation()) {
          case "AddFirst", "AddLast" -> place;
          default -> wanted == null ? !present.isEmpty() : present.contains(wanted);
        };
    if (reached) {
      return Optional.empty();
    }
    if (!place) {
      return Optional.of(
          new Miss(http ? "HTTP connection manager" : "filter chain", null, List.of()));
    }
    return Optional.of(new Miss(kind, wanted, List.copyOf(present)));
  }

  private static Optional<Miss> virtualHosts(ResourceSet set, PatchModification mod) {
    String origin = mod.matchText("origin");
    String routeName = mod.matchText("routeConfigurationName");
    Set<String> hosts = new LinkedHashSet<>();
    boolean routes = false;
    for (XdsResource r : set.ofType(XdsTypes.LISTENER)) {
      if (origin != null && !origin.equals(r.origin())) {
        continue;
      }
      for (FilterChain chain : ((Listener) r.resource()).getFilterChainsList()) {
        for (Filter f : chain.getFiltersList()) {
          Optional<HttpConnectionManager> hcm =
              f.getName().equals(XdsTypes.HCM_FILTER) ? hcm(f) : Optional.empty();
          if (hcm.isPresent() && hcm.get().hasRouteConfig()) {
            RouteConfiguration rc = hcm.get().getRouteConfig();
            if (routeName == null || routeName.equals(rc.getName())) {
              routes = true;
              rc.getVirtualHostsList().stream().map(VirtualHost::getName).forEach(hosts::add);
            }
          }
        }
      }
    }
    String wanted = mod.matchText("name");
    boolean reached =
        routes
            && (mod.operation().equals("Add")
                || (wanted == null ? !hosts.isEmpty() : hosts.contains(wanted)));
    if (reached) {
      return Optional.empty();
    }
    return Optional.of(
        routes
            ? new Miss("virtual host", wanted, List.copyOf(hosts))
            : new Miss("inline route configuration", routeName, List.of()));
  }

  private static Optional<HttpConnectionManager> hcm(Filter f) {
    if (!f.hasTypedConfig()) {
      return Optional.empty();
    }
    try {
      return Optional.of(f.getTypedConfig().unpack(HttpConnectionManager.class));
    } catch (InvalidProtocolBufferException e) {
      return Optional.empty();
    }
  }

  private static List<String> names(List<XdsResource> resources) {
    return resources.stream().map(XdsResource::name).sorted().toList();
  }
}
