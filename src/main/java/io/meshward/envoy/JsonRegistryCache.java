package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.util.JsonFormat;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code JsonRegistryCache} holds the {@link JsonFormat.TypeRegistry} of every type asked for so
 * far. {@link JsonFormat.TypeRegistry} cannot grow, so a request for a type it lacks builds a new
 * one with the union (copy on write); once the types in use are known, requests only read.
 */
final class JsonRegistryCache {

  private record Snapshot(Set<Descriptor> types, JsonFormat.TypeRegistry registry) {}

  private volatile Snapshot current =
      new Snapshot(Set.of(), JsonFormat.TypeRegistry.getEmptyTypeRegistry());

  /** A registry that resolves every type in {@code types} (and the types their files import). */
  JsonFormat.TypeRegistry covering(Collection<Descriptor> types) {
    Snapshot snapshot = current;
    if (snapshot.types().containsAll(types)) {
      return snapshot.registry();
    }
    synchronized (this) {
      snapshot = current;
      if (snapshot.types().containsAll(types)) {
        return snapshot.registry();
      }
      Set<Descriptor> union = new LinkedHashSet<>(snapshot.types());
      union.addAll(types);
      JsonFormat.TypeRegistry.Builder builder = JsonFormat.TypeRegistry.newBuilder();
      union.forEach(builder::add);
      current = new Snapshot(new HashSet<>(union), builder.build());
      return current.registry();
    }
  }
}
