package io.meshward.xds;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code XdsResource} is one Envoy resource of a proxy's config, as Kuma keeps it in a {@code
 * ResourceSet}: its name, its origin (which generator made it; what {@code match.origin} of a
 * MeshProxyPatch compares with) and the typed message.
 *
 * @param name the resource name (a Cluster's or Listener's {@code name})
 * @param origin the generator that made it, e.g. {@code transparent}; empty when unknown
 * @param resource the Envoy message
 */
public record XdsResource(String name, String origin, Message resource) {

  /** Prefix of every type URL. */
  public static final String TYPE_URL_PREFIX = "type.googleapis.com/";

  // Asked for every resource a render adds, finds or sorts; one entry per message type.
  private static final Map<Descriptors.Descriptor, String> TYPE_URLS = new ConcurrentHashMap<>();

  /** The type URL of {@link #resource()}. */
  public String typeUrl() {
    return typeUrlOf(resource);
  }

  /** The same resource with {@code message} in place of the current one. */
  public XdsResource with(Message message) {
    return new XdsResource(name, origin, message);
  }

  /** The type URL of a message. */
  public static String typeUrlOf(Message message) {
    return TYPE_URLS.computeIfAbsent(
        message.getDescriptorForType(), d -> TYPE_URL_PREFIX + d.getFullName());
  }
}
