package io.meshward.robustness;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The benchmark baseline {@code POST /noop} is off unless {@code meshward.bench.noop=true}. */
@QuarkusTest
class NoopEndpointTest {

  @Test
  void isOffByDefault() {
    given().body("{}").post("/noop").then().statusCode(404);
  }
}
