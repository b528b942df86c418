package io.meshward.xds;

import com.google.protobuf.Message;
import io.meshward.core.KumaResource;
import io.meshward.envoy.PassedMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code RenderMemo} lets the renders of one refresh share work. Proxies of a mesh usually share a
 * prefix of their patch lists (the mesh-wide patches sort first), so the state after each prefix is
 * kept and a later render continues from the longest prefix already rendered; and a message that
 * passed Envoy's constraints once (messages are immutable and most are shared between renders) is
 * not checked again. Not thread-safe: one memo per refresh.
 */
public final class RenderMemo {

  // The resources after the first n patches of a key (a copy to start from), or the error there.
  private final Map<RenderKey, Object> prefixes = new HashMap<>();
  private final PassedMessages checked = new PassedMessages();

  /** The key of the first {@code n} patches of {@code key}. */
  static RenderKey prefix(RenderKey key, int n) {
    List<KumaResource> patches = key.patches();
    return n == patches.size()
        ? key
        : new RenderKey(
            key.mesh(),
            key.ipv6(),
            key.unifiedNaming(),
            key.redirect(),
            key.features(),
            key.strictInboundPorts(),
            key.passthroughs(),
            patches.subList(0, n));
  }

  /** The state after {@code prefix}: a fresh copy of its resources, its error, or null. */
  Object state(RenderKey prefix) {
    Object state = prefixes.get(prefix);
    return state instanceof ResourceSet set ? set.copy() : state;
  }

  /** Records the resources after {@code prefix} (a copy is kept). */
  void put(RenderKey prefix, ResourceSet set) {
    prefixes.put(prefix, set.copy());
  }

  /** Records that rendering stopped with {@code error} at {@code prefix}. */
  void fail(RenderKey prefix, XdsException error) {
    prefixes.put(prefix, error);
  }

  /** Whether {@code message} already passed the constraints. */
  boolean checked(Message message) {
    return checked.contains(message);
  }

  /** Records that {@code message} passed the constraints. */
  void passed(Message message) {
    checked.add(message);
  }

  /** Also takes as passed what {@code base} holds (a generated base's messages). */
  void passedBefore(PassedMessages base) {
    checked.reading(base);
  }

  /** The messages, nested ones included, that passed: for checks that skip them. */
  PassedMessages passedMessages() {
    return checked;
  }
}
