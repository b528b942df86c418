package io.meshward.policy.mesh;

/**
 * {@code DataplaneDirectory} answers whether Dataplanes are attached to a mesh. The webhook asks
 * the Kubernetes API within a time budget; an offline run has no directory.
 */
public interface DataplaneDirectory {

  /**
   * Counts the Dataplanes of {@code mesh}.
   *
   * @param mesh the mesh name
   * @return the count, or why it could not be learnt
   */
  DataplaneCount count(String mesh);

  /**
   * {@code DataplaneCount} is a count of Dataplanes, or why there is none.
   *
   * @param count number of Dataplanes found; -1 when unknown
   * @param unknownReason why the count is unknown; {@code null} when known
   */
  record DataplaneCount(int count, String unknownReason) {

    /** A known count. */
    public static DataplaneCount of(int count) {
      return new DataplaneCount(count, null);
    }

    /** An unknown count. */
    public static DataplaneCount unknown(String reason) {
      return new DataplaneCount(-1, reason);
    }

    /** Whether the count is known. */
    public boolean known() {
      return unknownReason == null;
    }
  }
}
