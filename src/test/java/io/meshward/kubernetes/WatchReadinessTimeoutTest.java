package io.meshward.kubernetes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Watching an API server that never answers: readiness waits for the listing, then gives up after
 * {@code meshward.kubernetes.watch-sync-timeout} and says what is still listing.
 */
@QuarkusTest
@QuarkusTestResource(value = UnreachableApiServer.class, restrictToAnnotatedClass = true)
@TestProfile(WatchReadinessTimeoutTest.WatchingAHangingApiServer.class)
class WatchReadinessTimeoutTest {

  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** Watching, with a short sync timeout. */
  public static class WatchingAHangingApiServer implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "meshward.kubernetes.watch",
          "true",
          "meshward.kubernetes.watch-sync-timeout",
          TIMEOUT.toSeconds() + "s");
    }
  }

  @Inject KumaInformers informers;

  static Map<String, Object> watchCheck() {
    JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
    return health.getMap("checks.find { it.name == 'meshward-kubernetes-watch' }");
  }

  @Test
  void readinessWaitsForTheListingThenGivesUp() throws Exception {
    while (!informers.watching()) { // started beside the boot
      Thread.sleep(20);
    }
    Map<String, Object> check = watchCheck();
    long waited = System.nanoTime() - informers.startedNanos();
    // Only meaningful when the probe above was answered well before the timeout.
    assumeThat(Duration.ofNanos(waited)).isLessThan(TIMEOUT.minusSeconds(1));
    assertThat(check).containsEntry("status", "DOWN");
    assertThat(check.get("data").toString())
        .contains("listing=Dataplane,Mesh,MeshPassthrough,MeshProxyPatch");

    long deadline = System.nanoTime() + TIMEOUT.plusSeconds(10).toNanos();
    while (!"UP".equals(check.get("status"))) {
      assertThat(System.nanoTime()).as("ready after the sync timeout").isLessThan(deadline);
      Thread.sleep(200);
      check = watchCheck();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - informers.startedNanos()))
        .isGreaterThanOrEqualTo(TIMEOUT);
    assertThat(check.get("data").toString()).contains("synced=false").contains("listing=");
  }
}
