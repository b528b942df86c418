package io.meshward.bench;

import io.meshward.config.MeshwardConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * {@code NoopResource} is the benchmarks' baseline: {@code POST /noop} reads the body like the
 * webhooks do and answers a fixed AdmissionReview-sized JSON, without judging anything. It answers
 * 404 unless {@code meshward.bench.noop=true}.
 */
@Path("/noop")
public class NoopResource {

  private static final byte[] ANSWER =
      ("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"response\":"
              + "{\"uid\":\"noop\",\"allowed\":true,\"status\":{\"code\":200,\"metadata\":{}}}}")
          .getBytes(StandardCharsets.UTF_8);

  @Inject MeshwardConfig config;

  /** The fixed answer, or 404 when the endpoint is off. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response noop(byte[] body) {
    if (!config.bench().noop()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    return Response.ok(ANSWER).build();
  }
}
