package io.meshward.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fail mode closed: with Prometheus slow, hanging, answering garbage or down, a guarded change is
 * answered within the budget + 500 ms and refused saying why.
 */
@QuarkusTest
@QuarkusTestResource(value = FaultyPrometheus.class, restrictToAnnotatedClass = true)
@TestProfile(TrafficFaultsFailClosedTest.Profile.class)
class TrafficFaultsFailClosedTest {

  /** Prometheus source, budget 1s, no answer reuse, fail mode closed. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "meshward.traffic.source", "prometheus",
          "meshward.traffic.budget", "1s",
          "meshward.traffic.cache-ttl", "0s",
          "meshward.traffic.fail-mode", "closed");
    }
  }

  @ParameterizedTest
  @EnumSource(FaultyPrometheus.Fault.class)
  void answersWithinTheBudget(FaultyPrometheus.Fault fault) throws Exception {
    TrafficFaults.warmUp();
    JsonPath answer = TrafficFaults.guardedAnswer(fault);
    assertThat(answer.getBoolean("response.allowed")).isFalse();
    assertThat(answer.getString("response.status.message"))
        .contains("could not verify outbound passthrough traffic in mesh \"default\"");
  }
}
