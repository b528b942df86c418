package io.meshward.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.config.MeshwardConfig;
import io.meshward.core.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * {@code NoopResource} is the benchmarks' baseline: {@code POST /noop} is an admission webhook that
 * judges nothing. It reads the AdmissionReview and allows its request (answering with the request's
 * {@code uid}, which the API server requires), so the cost of TLS, HTTP, the REST layer and JSON in
 * and out is all it measures. It answers 404 unless {@code meshward.bench.noop=true}.
 */
@Path("/noop")
public class NoopResource {

  @Inject MeshwardConfig config;

  /** Allows the request, or 404 when the endpoint is off, or 400 when the body is not JSON. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response noop(byte[] body) throws IOException {
    if (!config.bench().noop()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    JsonNode review;
    try {
      review = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    if (review == null) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("apiVersion", review.path("apiVersion").asText("admission.k8s.io/v1"));
    answer.put("kind", "AdmissionReview");
    answer
        .putObject("response")
        .put("uid", review.path("request").path("uid").asText(""))
        .put("allowed", true);
    return Response.ok(Json.MAPPER.writeValueAsBytes(answer)).build();
  }
}
