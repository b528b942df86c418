package io.meshward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Operation;

/**
 * {@code AdmissionInput} is one admission question, independent of how it arrived (an
 * AdmissionReview or a file).
 *
 * @param operation CREATE, UPDATE, DELETE or CONNECT
 * @param object the new object (CREATE/UPDATE); {@code null} or a JSON null otherwise
 * @param oldObject the stored object (UPDATE/DELETE); {@code null} or a JSON null otherwise
 * @param dryRun whether the request is a dry run (judged exactly like a real one)
 * @param username {@code request.userInfo.username}, named in audit annotations; empty when unknown
 * @param namespace {@code request.namespace}; empty when unknown (the object's own namespace then
 *     counts)
 */
public record AdmissionInput(
    Operation operation,
    JsonNode object,
    JsonNode oldObject,
    boolean dryRun,
    String username,
    String namespace) {

  /** Never a {@code null} username or namespace. */
  public AdmissionInput {
    username = username == null ? "" : username;
    namespace = namespace == null ? "" : namespace;
  }

  /** A question whose namespace is the object's. */
  public AdmissionInput(
      Operation operation, JsonNode object, JsonNode oldObject, boolean dryRun, String username) {
    this(operation, object, oldObject, dryRun, username, "");
  }

  /** A question without a known user. */
  public AdmissionInput(Operation operation, JsonNode object, JsonNode oldObject, boolean dryRun) {
    this(operation, object, oldObject, dryRun, "");
  }
}
