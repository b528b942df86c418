package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.util.JsonFormat;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code EnvoyTypeRegistry} knows every message type of the Envoy api jar (all {@code envoy.*}
 * including extensions, {@code xds.*}, {@code udpa.*} and the imported {@code google.protobuf.*}
 * types), discovered once, lazily and thread-safely, from the jar's generated file descriptors.
 * Building it takes a few seconds; call {@link #warmUp()} at startup to pay that in the background.
 */
public final class EnvoyTypeRegistry {

  private static final String TYPE_URL_PREFIX = "type.googleapis.com/";

  /**
   * What the registry holds and how long it took to build.
   *
   * @param files file descriptors registered
   * @param messages message types registered (nested ones included)
   * @param buildMillis wall time to discover and register them
   */
  public record Stats(int files, int messages, long buildMillis) {}

  private final Map<String, Descriptor> messages;
  private final JsonFormat.TypeRegistry typeRegistry;
  private final Stats stats;

  private EnvoyTypeRegistry(Map<String, Descriptor> messages, int files, long millis) {
    this.messages = Map.copyOf(messages);
    JsonFormat.TypeRegistry.Builder builder = JsonFormat.TypeRegistry.newBuilder();
    messages.values().forEach(builder::add);
    this.typeRegistry = builder.build();
    this.stats = new Stats(files, messages.size(), millis);
  }

  private static final class Holder {
    static final EnvoyTypeRegistry INSTANCE = build();
  }

  /** The registry, built on first use. */
  public static EnvoyTypeRegistry get() {
    return Holder.INSTANCE;
  }

  /** Builds the registry now (blocking); call it from a background thread at startup. */
  public static void warmUp() {
    get();
  }

  /** The message type named by a type URL ({@code type.googleapis.com/<full name>}), or null. */
  public Descriptor forTypeUrl(String typeUrl) {
    int slash = typeUrl.lastIndexOf('/');
    String name = slash >= 0 ? typeUrl.substring(slash + 1) : typeUrl;
    return messages.get(name);
  }

  /** The message type with this full name, or null. */
  public Descriptor find(String fullName) {
    return messages.get(fullName);
  }

  /** The registry for {@link JsonFormat} (resolves {@code Any} payloads). */
  public JsonFormat.TypeRegistry typeRegistry() {
    return typeRegistry;
  }

  /** Counts and build time. */
  public Stats stats() {
    return stats;
  }

  /** The type URL of a message type. */
  static String typeUrlOf(Descriptor descriptor) {
    return TYPE_URL_PREFIX + descriptor.getFullName();
  }

  private static EnvoyTypeRegistry build() {
    long start = System.nanoTime();
    List<FileDescriptor> roots = DescriptorJarScanner.scan(Cluster.class);
    Set<String> seenFiles = new HashSet<>();
    Map<String, Descriptor> messages = new HashMap<>();
    Deque<FileDescriptor> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      FileDescriptor file = queue.pop();
      if (!seenFiles.add(file.getName())) {
        continue;
      }
      queue.addAll(file.getDependencies());
      file.getMessageTypes().forEach(m -> addWithNested(m, messages));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new EnvoyTypeRegistry(messages, seenFiles.size(), millis);
  }

  private static void addWithNested(Descriptor descriptor, Map<String, Descriptor> messages) {
    messages.putIfAbsent(descriptor.getFullName(), descriptor);
    descriptor.getNestedTypes().forEach(n -> addWithNested(n, messages));
  }
}
