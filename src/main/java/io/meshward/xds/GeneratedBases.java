package io.meshward.xds;

import io.meshward.core.BoundedMemo;
import io.meshward.core.KumaResource;
import io.meshward.envoy.EnvoyConstraints;
import io.meshward.envoy.PassedMessages;
import java.util.List;

/**
 * {@code GeneratedBases} remembers the resources a proxy starts from (the transparent-proxy
 * resources with its MeshPassthroughs applied) and whether they pass Envoy's constraints. They are
 * a pure function of the proxy, the Mesh's passthrough switch and mTLS mode and the
 * MeshPassthroughs, and every render check of a patch starts from them again; kept, their messages
 * are the same instances each time, so only what a patch changed is checked. Bounded: it starts
 * over when {@link #CAPACITY} bases are held. Thread-safe.
 */
final class GeneratedBases {

  static final int CAPACITY = 1024;

  /**
   * What a base depends on. The MeshPassthroughs compare by identity, as in {@link RenderKey}:
   * hashing their trees on every render cost more than the render of a small patch.
   */
  record Key(
      ProxyIdentity proxy,
      boolean passthrough,
      boolean strictMtls,
      List<KumaResource> passthroughs) {

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && proxy.equals(k.proxy)
          && passthrough == k.passthrough
          && strictMtls == k.strictMtls
          && RenderKey.sameInstances(passthroughs, k.passthroughs);
    }

    @Override
    public int hashCode() {
      int h = proxy.hashCode();
      h = 31 * h + (passthrough ? 1 : 0);
      h = 31 * h + (strictMtls ? 1 : 0);
      return 31 * h + RenderKey.identityHash(passthroughs);
    }
  }

  /**
   * A base.
   *
   * @param set the resources; never modified (renders start from a copy)
   * @param messages the messages, nested ones included, that pass Envoy's constraints (never
   *     changed again)
   */
  record Base(ResourceSet set, PassedMessages messages) {}

  private final BoundedMemo<Key, Base> bases = new BoundedMemo<>(CAPACITY);

  /** The base of {@code key}, made by {@code make} when not held. */
  Base get(Key key, Maker make) throws XdsException {
    Base base = bases.get(key);
    if (base == null) {
      ResourceSet set = make.make();
      PassedMessages messages = new PassedMessages();
      for (XdsResource r : set.sorted()) {
        if (EnvoyConstraints.check(r.resource(), messages).isEmpty()) {
          messages.add(r.resource());
        }
      }
      base = new Base(set.copy(), messages);
      bases.put(key, base);
    }
    return base;
  }

  /** Makes a base. */
  interface Maker {
    ResourceSet make() throws XdsException;
  }
}
