package io.meshward.xds;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter;
import io.meshward.policy.meshproxypatch.ModificationType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code FilterModifier} applies {@code networkFilter} and {@code httpFilter} modifications (Kuma's
 * {@code network_filter_mod.go} / {@code http_filter_mod.go}) to every filter chain of every
 * matching listener; HTTP filters live in each {@code http_connection_manager}'s {@code
 * httpFilters}.
 */
final class FilterModifier {

  private FilterModifier() {}

  static void apply(ResourceSet set, PatchModification mod) throws XdsException {
    Message value =
        mod.value() != null && !mod.hasJsonPatches() || isAdd(mod) ? mod.parsedValue() : null;
    boolean http = mod.type() == ModificationType.HTTP_FILTER;
    for (XdsResource r : set.ofType(XdsTypes.LISTENER)) {
      if (!ListenerMatch.matches(mod.match(), "listenerName", "listenerTags", r)) {
        continue;
      }
      Listener.Builder listener = ((Listener) r.resource()).toBuilder();
      for (FilterChain.Builder chain : listener.getFilterChainsBuilderList()) {
        List<Filter> filters = new ArrayList<>(chain.getFiltersList());
        if (http) {
          for (int i = 0; i < filters.size(); i++) {
            filters.set(i, onHcm(filters.get(i), mod, value));
          }
        } else {
          filters =
              FilterLists.apply(filters, mod, value, Filter::getName, FilterModifier::patchNetwork);
        }
        chain.clearFilters().addAllFilters(filters);
      }
      set.add(r.with(listener.build()));
    }
  }

  private static boolean isAdd(PatchModification mod) {
    return mod.operation().startsWith("Add");
  }

  private static Filter patchNetwork(Filter filter, PatchModification mod, Message value)
      throws XdsException {
    Any current = filter.hasTypedConfig() ? filter.getTypedConfig() : null;
    Any merged =
        mod.hasJsonPatches()
            ? jsonPatchAny(current, mod)
            : KumaProtoMerge.mergeAnys(
                current, value == null ? null : typedConfigOf((Filter) value));
    return merged == null ? filter : filter.toBuilder().setTypedConfig(merged).build();
  }

  private static Any typedConfigOf(Filter f) {
    return f.hasTypedConfig() ? f.getTypedConfig() : null;
  }

  /** Kuma's {@code MergeJsonPatchAny}: the patches apply to the decoded payload. */
  static Any jsonPatchAny(Any current, PatchModification mod) throws XdsException {
    if (current == null) {
      throw new XdsException("typed config is not set");
    }
    Message payload = AnyCodec.unpack(current);
    Message patched =
        ProtoJson.fromJson(
            KumaJsonPatch.apply(ProtoJson.toJson(payload), mod.jsonPatches()), payload);
    return Any.pack(patched);
  }

  private static Filter onHcm(Filter filter, PatchModification mod, Message value)
      throws XdsException {
    if (!filter.getName().equals(XdsTypes.HCM_FILTER) || !filter.hasTypedConfig()) {
      return filter;
    }
    HttpConnectionManager hcm;
    try {
      hcm = filter.getTypedConfig().unpack(HttpConnectionManager.class);
    } catch (InvalidProtocolBufferException e) {
      throw new XdsException(ProtoJson.oneLine(e));
    }
    List<HttpFilter> filters =
        FilterLists.apply(
            hcm.getHttpFiltersList(), mod, value, HttpFilter::getName, FilterModifier::patchHttp);
    HttpConnectionManager out =
        hcm.toBuilder().clearHttpFilters().addAllHttpFilters(filters).build();
    return filter.toBuilder().setTypedConfig(Any.pack(out)).build();
  }

  private static HttpFilter patchHttp(HttpFilter filter, PatchModification mod, Message value)
      throws XdsException {
    Any current = filter.hasTypedConfig() ? filter.getTypedConfig() : null;
    HttpFilter patch = (HttpFilter) value;
    Any merged =
        mod.hasJsonPatches()
            ? jsonPatchAny(current, mod)
            : KumaProtoMerge.mergeAnys(
                current, patch != null && patch.hasTypedConfig() ? patch.getTypedConfig() : null);
    return merged == null ? filter : filter.toBuilder().setTypedConfig(merged).build();
  }
}
