package io.meshward.admission;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code BadAdmissionReviewMapper} answers a body that is not an AdmissionReview with HTTP 400. */
public class BadAdmissionReviewMapper {

  /** HTTP 400 with the one-line reason as plain text. */
  @ServerExceptionMapper
  public Response toResponse(BadAdmissionReviewException e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.TEXT_PLAIN_TYPE)
        .entity(e.getMessage() + "\n")
        .build();
  }
}
