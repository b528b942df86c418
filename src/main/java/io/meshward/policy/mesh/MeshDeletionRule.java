package io.meshward.policy.mesh;

import io.meshward.engine.FailMode;
import io.meshward.engine.Verdict;
import java.util.List;

/**
 * {@code MeshDeletionRule} refuses to delete a Mesh that still has Dataplanes, as Kuma does ({@code
 * admission.Errored(400, "mesh: unable to delete mesh, there are still some dataplanes
 * attached")}). When the Dataplanes cannot be counted, the fail mode decides.
 */
public final class MeshDeletionRule {

  /** Kuma's error string for a refused delete. */
  public static final String STILL_ATTACHED =
      "mesh: unable to delete mesh, there are still some dataplanes attached";

  private final DataplaneDirectory directory;
  private final FailMode failMode;

  /**
   * @param directory where Dataplanes are counted
   * @param failMode what to answer when they cannot be counted
   */
  public MeshDeletionRule(DataplaneDirectory directory, FailMode failMode) {
    this.directory = directory;
    this.failMode = failMode;
  }

  /** The verdict for deleting mesh {@code mesh}. */
  public Verdict judge(String mesh) {
    DataplaneDirectory.DataplaneCount count = directory.count(mesh);
    if (count.known()) {
      return count.count() > 0 ? Verdict.errored(400, STILL_ATTACHED) : Verdict.allow(List.of());
    }
    String why =
        "could not verify that mesh \"" + mesh + "\" has no dataplanes: " + count.unknownReason();
    return failMode == FailMode.OPEN
        ? Verdict.allow(List.of(why + " (allowed: fail mode open)"))
        : Verdict.errored(503, why + " (refused: fail mode closed)");
  }
}
