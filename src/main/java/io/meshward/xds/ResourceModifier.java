package io.meshward.xds;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.meshward.policy.meshproxypatch.ModificationType;

/**
 * {@code ResourceModifier} applies {@code cluster} and {@code listener} modifications (Kuma's
 * {@code cluster_mod.go} / {@code listener_mod.go}): Add puts the value under its name (replacing
 * one), Remove deletes every match, Patch merges {@code value} or applies {@code jsonPatches} to
 * every match. Clusters match by exact name and origin; listeners also by name alias and tags.
 */
final class ResourceModifier {

  private ResourceModifier() {}

  static void apply(ResourceSet set, PatchModification mod) throws XdsException {
    boolean cluster = mod.type() == ModificationType.CLUSTER;
    String typeUrl = cluster ? XdsTypes.CLUSTER : XdsTypes.LISTENER;
    switch (mod.operation()) {
      case "Add" -> {
        Message value = mod.parsedValue();
        String origin = cluster ? XdsTypes.ORIGIN_PROXY_TEMPLATE : XdsTypes.ORIGIN_MESH_PROXY_PATCH;
        set.add(new XdsResource(nameOf(value), origin, value));
      }
      case "Remove" -> {
        for (XdsResource r : set.ofType(typeUrl)) {
          if (matches(mod, r, cluster)) {
            set.remove(typeUrl, r.name());
          }
        }
      }
      case "Patch" -> {
        Message value = mod.hasJsonPatches() ? null : mod.parsedValue();
        for (XdsResource r : set.ofType(typeUrl)) {
          if (matches(mod, r, cluster)) {
            set.add(r.with(patch(r.resource(), mod, value)));
          }
        }
      }
      default -> throw mod.invalidOperation();
    }
  }

  /** {@code target} patched by {@code mod}: its jsonPatches, else {@code value} merged. */
  static Message patch(Message target, PatchModification mod, Message value) throws XdsException {
    if (mod.hasJsonPatches()) {
      return ProtoJson.fromJson(
          KumaJsonPatch.apply(ProtoJson.toJson(target), mod.jsonPatches()), target);
    }
    return KumaProtoMerge.merge(target, value);
  }

  /** Whether {@code mod} selects {@code r}, a cluster when {@code cluster}, else a listener. */
  static boolean matches(PatchModification mod, XdsResource r, boolean cluster) {
    if (!cluster) {
      return ListenerMatch.matches(mod.match(), "name", "tags", r);
    }
    String name = mod.matchText("name");
    String origin = mod.matchText("origin");
    return (name == null || name.equals(r.name())) && (origin == null || origin.equals(r.origin()));
  }

  private static String nameOf(Message m) {
    FieldDescriptor name = m.getDescriptorForType().findFieldByName("name");
    return name == null ? "" : (String) m.getField(name);
  }
}
