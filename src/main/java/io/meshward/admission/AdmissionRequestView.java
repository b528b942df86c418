package io.meshward.admission;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Operation;
import io.meshward.engine.AdmissionInput;

/**
 * {@code AdmissionRequestView} is the part of an AdmissionReview request meshward reads.
 *
 * @param apiVersion {@code admission.k8s.io/v1} or {@code admission.k8s.io/v1beta1}, echoed back
 * @param uid the request uid, echoed back
 * @param kind {@code request.kind.kind}; empty when absent
 * @param name {@code request.name}, else the object's name
 * @param namespace {@code request.namespace}; empty when absent
 * @param operation the operation
 * @param object {@code request.object} (JSON null when absent)
 * @param oldObject {@code request.oldObject} (JSON null when absent)
 * @param dryRun {@code request.dryRun}
 * @param username {@code request.userInfo.username}; empty when absent
 */
public record AdmissionRequestView(
    String apiVersion,
    String uid,
    String kind,
    String name,
    String namespace,
    Operation operation,
    JsonNode object,
    JsonNode oldObject,
    boolean dryRun,
    String username) {

  /** The engine's view of this request. */
  public AdmissionInput toInput() {
    return new AdmissionInput(operation, object, oldObject, dryRun, username, namespace);
  }
}
