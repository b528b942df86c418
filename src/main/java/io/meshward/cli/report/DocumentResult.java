package io.meshward.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code DocumentResult} is the verdict on one Kuma document, with the fields of a {@code results}
 * entry of the JSON output.
 *
 * @param file the file as the user named it ({@code <stdin>} for standard input); for a DELETE the
 *     file of the previous revision
 * @param line the line the document starts on
 * @param document the document's number in its file, from 1
 * @param apiVersion {@code apiVersion} (Kubernetes form), empty for Universal form
 * @param kind the Kuma kind
 * @param name the object's name
 * @param namespace the object's namespace; empty when none
 * @param operation CREATE, UPDATE or DELETE
 * @param allowed whether admission would accept it
 * @param violations why it would be denied
 * @param warnings admission warnings
 * @param patch the RFC 6902 patch the mutating webhook would return; an empty array for none
 */
public record DocumentResult(
    String file,
    int line,
    int document,
    String apiVersion,
    String kind,
    String name,
    String namespace,
    String operation,
    boolean allowed,
    List<Finding> violations,
    List<String> warnings,
    JsonNode patch) {

  /** {@code Kind/name} or {@code Kind/namespace/name}. */
  public String ref() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  /** Whether the mutating webhook would change the object. */
  public boolean mutated() {
    return patch != null && !patch.isEmpty();
  }
}
