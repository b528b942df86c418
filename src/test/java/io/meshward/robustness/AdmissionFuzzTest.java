package io.meshward.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Mutated AdmissionReviews against {@code /validate} and {@code /mutate}: never a 5xx, never an
 * allowed undecodable object, always an AdmissionReview echoing the uid or a 4xx. {@code
 * -Drobustness.fuzz.inputs} and {@code -Drobustness.fuzz.seed} change the run ({@code
 * bench/fuzz-large.sh} sends a million).
 */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class AdmissionFuzzTest {

  @TestHTTPResource URL url;

  @Test
  void survivesMutatedAdmissionReviews() throws Exception {
    long inputs = Long.getLong("robustness.fuzz.inputs", 20_000);
    long seed = Long.getLong("robustness.fuzz.seed", 20_260_801L);
    int threads = Integer.getInteger("robustness.fuzz.threads", 3);
    FuzzRun.Result result = FuzzRun.run(new Loopback(url.toString()), seed, inputs, threads);
    System.out.printf(
        "fuzz: %d inputs (seed %d, %d threads) x 2 endpoints in %d ms: %d HTTP 200, %d HTTP 4xx,"
            + " %d rejected by the oracle; slowest answer %d ms%n",
        result.inputs(),
        seed,
        threads,
        result.millis(),
        result.answered200(),
        result.refused4xx(),
        result.failureCount(),
        result.slowestMillis());
    assertThat(result.failures()).as("answers the oracle rejected").isEmpty();
    assertThat(result.answered200()).as("inputs that reached the engine").isGreaterThan(inputs / 4);
    assertThat(result.answered200() + result.refused4xx()).isEqualTo(2 * inputs);
  }
}
