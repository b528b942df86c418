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
 */
public record AdmissionInput(
    Operation operation, JsonNode object, JsonNode oldObject, boolean dryRun) {}
