package io.meshward.xds;

import java.util.List;

/**
 * {@code RenderInputs} is where a render check reads the stored configuration of a mesh and the
 * proxies known in it: the xDS store of a running server, or files given on the command line.
 */
public interface RenderInputs {

  /** What a render of {@code mesh} reads now. */
  MeshInputs inputs(String mesh);

  /** The known proxies of {@code mesh}; empty when none is known. */
  List<ProxyIdentity> proxies(String mesh);

  /**
   * A number that changes whenever what {@link #inputs} or {@link #proxies} return may change, so
   * that answers computed from them can be reused while it stays; negative when unknown.
   */
  default long version() {
    return -1;
  }

  /** Fixed inputs of one mesh and no known proxy (offline use). */
  static RenderInputs of(MeshInputs inputs) {
    return new RenderInputs() {
      @Override
      public MeshInputs inputs(String mesh) {
        return inputs;
      }

      @Override
      public List<ProxyIdentity> proxies(String mesh) {
        return List.of();
      }

      @Override
      public long version() {
        return 0;
      }
    };
  }
}
