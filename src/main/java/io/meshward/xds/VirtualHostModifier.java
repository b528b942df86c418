package io.meshward.xds;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.config.route.v3.RouteConfiguration;
import io.envoyproxy.envoy.config.route.v3.VirtualHost;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager;

/**
 * {@code VirtualHostModifier} applies {@code virtualHost} modifications (Kuma's {@code
 * virtual_host_mod.go}): only HTTP connection managers with an inline {@code routeConfig} (not
 * RDS); {@code match.origin} is checked on the listener, {@code routeConfigurationName} on the
 * route config, {@code name} on the virtual host. Add appends, Remove deletes, Patch merges.
 */
final class VirtualHostModifier {

  private VirtualHostModifier() {}

  static void apply(ResourceSet set, PatchModification mod) throws XdsException {
    VirtualHost value = mod.value() != null ? (VirtualHost) mod.parsedValue() : null;
    String origin = mod.matchText("origin");
    for (XdsResource r : set.ofType(XdsTypes.LISTENER)) {
      if (origin != null && !origin.equals(r.origin())) {
        continue;
      }
      Listener.Builder listener = ((Listener) r.resource()).toBuilder();
      for (FilterChain.Builder chain : listener.getFilterChainsBuilderList()) {
        for (int i = 0; i < chain.getFiltersCount(); i++) {
          Filter f = chain.getFilters(i);
          if (f.getName().equals(XdsTypes.HCM_FILTER) && f.hasTypedConfig()) {
            chain.setFilters(
                i, f.toBuilder().setTypedConfig(onHcm(f.getTypedConfig(), mod, value)));
          }
        }
      }
      set.add(r.with(listener.build()));
    }
  }

  private static Any onHcm(Any typed, PatchModification mod, VirtualHost value)
      throws XdsException {
    HttpConnectionManager hcm;
    try {
      hcm = typed.unpack(HttpConnectionManager.class);
    } catch (InvalidProtocolBufferException e) {
      throw new XdsException(ProtoJson.oneLine(e));
    }
    if (!hcm.hasRouteConfig()) {
      return typed;
    }
    RouteConfiguration routes = hcm.getRouteConfig();
    String routeName = mod.matchText("routeConfigurationName");
    if (routeName != null && !routeName.equals(routes.getName())) {
      return typed;
    }
    RouteConfiguration.Builder b = routes.toBuilder();
    String name = mod.matchText("name");
    switch (mod.operation()) {
      case "Add" -> b.addVirtualHosts(value == null ? VirtualHost.getDefaultInstance() : value);
      case "Remove" -> {
        b.clearVirtualHosts();
        routes.getVirtualHostsList().stream()
            .filter(v -> name != null && !name.equals(v.getName()))
            .forEach(b::addVirtualHosts);
      }
      case "Patch" -> {
        for (int i = 0; i < b.getVirtualHostsCount(); i++) {
          VirtualHost v = b.getVirtualHosts(i);
          if (name == null || name.equals(v.getName())) {
            b.setVirtualHosts(i, (VirtualHost) ResourceModifier.patch(v, mod, value));
          }
        }
      }
      default -> throw mod.invalidOperation();
    }
    return Any.pack(hcm.toBuilder().setRouteConfig(b).build());
  }
}
