package io.meshward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.meshward.core.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code Mutation} is the answer of the {@link MutationEngine} for one object.
 *
 * @param object the normalized object; the incoming object itself when nothing changed, {@code
 *     null} when there was none (DELETE, CONNECT)
 * @param patch the minimal RFC 6902 patch from the incoming object to {@code object}; empty when
 *     nothing changed
 * @param changes each normalization applied, in document order; empty when nothing changed
 * @param problems why the object was left as written although it may need repairs (it cannot be
 *     decoded, or normalizing failed); validation judges such an object
 */
public record Mutation(
    JsonNode object, ArrayNode patch, List<Change> changes, List<String> problems) {

  /** Copies the lists. */
  public Mutation {
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }

  /** Whether the object was changed, i.e. {@link #patch()} is not empty. */
  public boolean changed() {
    return !patch.isEmpty();
  }

  /** The admission warnings: one {@link Change#message()} per change, then the problems. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    changes.forEach(c -> warnings.add(c.message()));
    warnings.addAll(problems);
    return warnings;
  }

  /**
   * A one-line summary of the changes, {@code field: what; field: what}, for audit logs; empty when
   * nothing changed.
   */
  public String summary() {
    return changes.stream()
        .map(c -> c.field() + ": " + c.description())
        .collect(Collectors.joining("; "));
  }
}
