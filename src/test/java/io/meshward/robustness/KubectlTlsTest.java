package io.meshward.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API server is a Go TLS client: kubectl (also Go) posts an AdmissionReview to the HTTPS server
 * with {@code kubectl create --raw /validate}, proving that Go's TLS versions and ciphers are
 * accepted. Skipped where kubectl is not installed.
 */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class KubectlTlsTest {

  @TestHTTPResource(value = "/", tls = true)
  URL https;

  @TempDir Path dir;

  private static boolean kubectlInstalled() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "kubectl"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void kubectlGetsAnAdmissionReviewOverTls() throws Exception {
    Assumptions.assumeTrue(kubectlInstalled(), "kubectl is not installed: Go TLS client not tried");
    Path review = Path.of("src/test/resources/admission/validate");
    Path request =
        Files.list(review)
            .filter(p -> p.getFileName().toString().startsWith("02-"))
            .filter(p -> p.getFileName().toString().endsWith(".request.yaml"))
            .findFirst()
            .orElseThrow();
    JsonNode sent = Json.YAML.readTree(request.toFile());
    Path file = dir.resolve("review.json");
    Files.writeString(file, sent.toString());
    Path kubeconfig =
        Files.writeString(dir.resolve("kubeconfig"), "apiVersion: v1\nkind: Config\n");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "kubectl",
                    "create",
                    "--raw",
                    "/validate",
                    "-f",
                    file.toString(),
                    "--server",
                    "https://127.0.0.1:" + https.getPort(),
                    "--insecure-skip-tls-verify",
                    "--token=meshward-test",
                    "--request-timeout=20s"))
            .redirectErrorStream(false);
    builder.environment().put("KUBECONFIG", kubeconfig.toString());
    builder.environment().put("HOME", dir.toString());
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl finished").isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("kubectl exit; stderr: " + err).isZero();
    JsonNode answer = Json.MAPPER.readTree(out);
    assertThat(answer.path("kind").asText()).isEqualTo("AdmissionReview");
    assertThat(answer.path("response").path("uid").asText())
        .isEqualTo(sent.path("request").path("uid").asText());
    assertThat(answer.path("response").path("allowed").asBoolean()).isFalse();
    assertThat(answer.path("response").path("status").path("code").asInt()).isEqualTo(422);
  }
}
