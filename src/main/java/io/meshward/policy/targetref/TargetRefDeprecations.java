package io.meshward.policy.targetref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code TargetRefDeprecations} holds Kuma's deprecation warnings for a policy's top-level {@code
 * targetRef} kind ({@code TopLevelTargetRefDeprecations}).
 */
public final class TargetRefDeprecations {

  private TargetRefDeprecations() {}

  /**
   * The warnings for the top-level {@code targetRef} {@code ref}: {@code MeshService}, {@code
   * MeshServiceSubset} and {@code MeshSubset} are replaced by {@code Dataplane} with labels; a
   * top-level {@code MeshHTTPRoute} belongs in {@code spec.to[].targetRef}.
   */
  public static List<String> topLevel(JsonNode ref) {
    if (ref == null || !ref.path("kind").isTextual()) {
      return List.of();
    }
    String kind = ref.path("kind").asText();
    TargetRefKind known = TargetRefKind.of(kind).orElse(null);
    if (known == null) {
      return List.of();
    }
    return switch (known) {
      case MESH_SERVICE, MESH_SERVICE_SUBSET, MESH_SUBSET ->
          List.of(
              kind
                  + " value for 'targetRef.kind' is deprecated, use "
                  + TargetRefKind.DATAPLANE.kindName()
                  + " with labels instead");
      case MESH_HTTP_ROUTE ->
          List.of(
              "MeshHTTPRoute value for 'targetRef.kind' is deprecated, use MeshHTTPRoute in"
                  + " spec.to[].targetRef");
      default -> List.of();
    };
  }
}
