package io.meshward.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Change;
import java.util.List;

/**
 * {@code KindNormalizer} repairs spellings of one kind that Kuma would read differently from what
 * the user meant, without changing what the object means. It edits the raw tree in place (never
 * through a typed model), touches only the fields it repairs, and reports each edit.
 *
 * <p>A normalizer must be idempotent (a second run finds nothing to do) and must never throw for
 * bad input: a field of an unexpected JSON type is left as written for validation to judge.
 */
public interface KindNormalizer {

  /**
   * Normalizes {@code object}.
   *
   * @param object a deep copy of the incoming object (Kubernetes form), edited in place
   * @param changes where each edit is reported, in document order
   */
  void normalize(ObjectNode object, List<Change> changes);
}
