package io.meshward.xds;

/** {@code XdsException} says why a proxy's config could not be rendered or patched. */
public class XdsException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An error with a one-line reason. */
  public XdsException(String message) {
    super(message);
  }

  /** An error wrapping {@code cause}. */
  public XdsException(String message, Throwable cause) {
    super(message, cause);
  }
}
