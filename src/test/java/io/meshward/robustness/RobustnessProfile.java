package io.meshward.robustness;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The profile of the robustness tests: a short Kubernetes budget, so that a fuzzed Mesh DELETE
 * (which asks the API server for Dataplanes, absent in tests) costs 20 ms instead of 2 s; and the
 * benchmarks' no-op webhook, on.
 */
public class RobustnessProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("meshward.kubernetes.budget", "20ms", "meshward.bench.noop", "true");
  }
}
