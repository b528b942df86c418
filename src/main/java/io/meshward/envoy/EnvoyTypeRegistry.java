package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code EnvoyTypeRegistry} knows every message type of the Envoy api jar (all {@code envoy.*}
 * including extensions, {@code xds.*}, {@code udpa.*} and the imported {@code google.protobuf.*}
 * types) through {@link EnvoyTypeIndex}, and loads a type's descriptor only when it is first asked
 * for. The {@link JsonFormat} registry that resolves {@code Any} payloads grows the same way: ask
 * for one covering the type URLs at hand ({@link #jsonRegistryFor}). Thread-safe.
 */
public final class EnvoyTypeRegistry {

  private static final List<String> COMMON_TYPES =
      List.of(
          "envoy.config.cluster.v3.Cluster",
          "envoy.config.listener.v3.Listener",
          "envoy.config.route.v3.RouteConfiguration",
          "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
          "envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy",
          "envoy.extensions.filters.http.router.v3.Router");

  /**
   * What the registry knows and has loaded.
   *
   * @param indexed message types known by name
   * @param loaded message types whose descriptors are loaded so far
   */
  public record Stats(int indexed, int loaded) {}

  private final EnvoyTypeIndex index;
  private final Map<String, Descriptor> loaded = new ConcurrentHashMap<>();
  private final JsonRegistryCache json = new JsonRegistryCache();

  private EnvoyTypeRegistry(EnvoyTypeIndex index) {
    this.index = index;
  }

  private static final class Holder {
    static final EnvoyTypeRegistry INSTANCE = new EnvoyTypeRegistry(EnvoyTypeIndex.load());
  }

  /** The registry. */
  public static EnvoyTypeRegistry get() {
    return Holder.INSTANCE;
  }

  /** Loads the types every proxy config uses, so that the first requests need not wait. */
  public static void warmUp() {
    EnvoyTypeRegistry registry = get();
    registry.jsonRegistryFor(COMMON_TYPES);
  }

  /** The message type named by a type URL ({@code type.googleapis.com/<full name>}), or null. */
  public Descriptor forTypeUrl(String typeUrl) {
    int slash = typeUrl.lastIndexOf('/');
    return find(slash >= 0 ? typeUrl.substring(slash + 1) : typeUrl);
  }

  /** The message type with this full name, or null. */
  public Descriptor find(String fullName) {
    Descriptor known = loaded.get(fullName);
    if (known != null) {
      return known;
    }
    String className = index.classNameOf(fullName);
    if (className == null) {
      return null;
    }
    Descriptor descriptor = GeneratedTypes.descriptorOf(className, fullName);
    if (descriptor != null) {
      loaded.putIfAbsent(fullName, descriptor);
    }
    return descriptor;
  }

  /**
   * A {@link JsonFormat} registry that resolves at least the given types (type URLs or full names);
   * names the index does not know are left out, so protojson reports them as it would.
   */
  public JsonFormat.TypeRegistry jsonRegistryFor(Collection<String> typeUrlsOrNames) {
    List<Descriptor> types = new ArrayList<>(typeUrlsOrNames.size());
    for (String name : typeUrlsOrNames) {
      Descriptor type = forTypeUrl(name);
      if (type != null) {
        types.add(type);
      }
    }
    return json.covering(types);
  }

  /**
   * The binary name of the Java class protoc generates for {@code type} (nested with {@code $}).
   */
  public static String javaClassName(Descriptor type) {
    return GeneratedTypes.messageClassName(type);
  }

  private static final Map<Descriptor, Message> PROTOTYPES = new ConcurrentHashMap<>();

  /**
   * The generated default instance of {@code type}, or a dynamic message when its class is not
   * loaded. Looked up once per type: reflection on every payload cost as much as decoding it.
   */
  public static Message prototype(Descriptor type) {
    return PROTOTYPES.computeIfAbsent(type, EnvoyTypeRegistry::loadPrototype);
  }

  private static Message loadPrototype(Descriptor type) {
    try {
      Class<?> cls =
          Class.forName(javaClassName(type), true, EnvoyTypeRegistry.class.getClassLoader());
      return (Message) cls.getMethod("getDefaultInstance").invoke(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return DynamicMessage.getDefaultInstance(type);
    }
  }

  /** Counts of known and loaded types. */
  public Stats stats() {
    return new Stats(index.size(), loaded.size());
  }
}
