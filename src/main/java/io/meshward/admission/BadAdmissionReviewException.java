package io.meshward.admission;

/**
 * {@code BadAdmissionReviewException} means the HTTP body is not an AdmissionReview meshward can
 * answer; it becomes HTTP 400 with the one-line reason, never {@code allowed: true}.
 */
public class BadAdmissionReviewException extends RuntimeException {

  /**
   * @param reason one line saying what is wrong with the body
   */
  public BadAdmissionReviewException(String reason) {
    super(reason);
  }
}
