package io.meshward.xds;

/**
 * {@code ModificationException} is a render aborted by a failing MeshProxyPatch modification; it
 * says which one, counted over the concatenated modifications of the proxy's patches.
 */
public final class ModificationException extends XdsException {

  private static final long serialVersionUID = 1L;

  private final int index;

  /** Modification {@code index} failed with {@code message}. */
  public ModificationException(int index, String message, Throwable cause) {
    super(message, cause);
    this.index = index;
  }

  /** The 0-based index of the failing modification. */
  public int index() {
    return index;
  }
}
