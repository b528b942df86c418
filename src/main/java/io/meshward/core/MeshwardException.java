package io.meshward.core;

/**
 * {@code MeshwardException} is the one unchecked exception for tool and input failures (a file that
 * cannot be read, a document that is not YAML). It carries where the problem is, so that the
 * message alone tells a user what to fix.
 */
public class MeshwardException extends RuntimeException {

  private final String context;

  /**
   * @param context where: file, document index, kind and name as known, e.g. {@code policies.yaml,
   *     document 2, MeshProxyPatch/web}
   * @param message what went wrong
   */
  public MeshwardException(String context, String message) {
    super(context == null || context.isEmpty() ? message : context + ": " + message);
    this.context = context == null ? "" : context;
  }

  /** Same, keeping the underlying cause. */
  public MeshwardException(String context, String message, Throwable cause) {
    super(context == null || context.isEmpty() ? message : context + ": " + message, cause);
    this.context = context == null ? "" : context;
  }

  /** Where the problem is; empty when unknown. */
  public String context() {
    return context;
  }
}
