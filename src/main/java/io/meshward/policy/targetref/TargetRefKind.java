package io.meshward.policy.targetref;

import java.util.Optional;

/**
 * {@code TargetRefKind} lists the kinds a Kuma {@code targetRef} can name, spelled as Kuma does.
 */
public enum TargetRefKind {
  MESH("Mesh"),
  MESH_SUBSET("MeshSubset"),
  MESH_SERVICE("MeshService"),
  MESH_SERVICE_SUBSET("MeshServiceSubset"),
  MESH_GATEWAY("MeshGateway"),
  MESH_HTTP_ROUTE("MeshHTTPRoute"),
  MESH_EXTERNAL_SERVICE("MeshExternalService"),
  MESH_MULTI_ZONE_SERVICE("MeshMultiZoneService"),
  DATAPLANE("Dataplane");

  private final String kindName;

  TargetRefKind(String kindName) {
    this.kindName = kindName;
  }

  /** The kind as written in {@code targetRef.kind}, e.g. {@code MeshSubset}. */
  public String kindName() {
    return kindName;
  }

  /** The kind spelled exactly {@code name} (case-sensitive, as Kuma compares it). */
  public static Optional<TargetRefKind> of(String name) {
    for (TargetRefKind kind : values()) {
      if (kind.kindName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return kindName;
  }
}
