package io.meshward.cli;

import static io.meshward.cli.Cli.GOLDEN;
import static io.meshward.cli.Cli.check;
import static io.meshward.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.testing.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every output format of {@code meshward check} on the same mixed fixture, against goldens. */
class CheckFormatsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text,txt", "json,json", "sarif,sarif", "junit,xml", "github,txt", "markdown,md"})
  void everyFormatMatchesItsGolden(String format, String extension) {
    Cli.Result r = check("--output", format, fixture("mixed"));
    assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
    Golden.assertMatches(GOLDEN.resolve("mixed-" + format + "." + extension), r.out());
  }

  @Test
  void sarifHasTheStructureCodeScanningNeeds() throws Exception {
    JsonNode sarif = Json.MAPPER.readTree(check("-o", "sarif", fixture("mixed")).out());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = sarif.path("runs").path(0);
    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("meshward");
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(run.path("results").size()).isGreaterThan(0);
    for (JsonNode result : run.path("results")) {
      assertThat(result.path("message").path("text").asText()).isNotBlank();
      assertThat(result.path("level").asText()).isIn("error", "warning");
      int index = result.path("ruleIndex").asInt();
      assertThat(rules.path(index).path("id").asText()).isEqualTo(result.path("ruleId").asText());
      JsonNode physical = result.path("locations").path(0).path("physicalLocation");
      assertThat(physical.path("artifactLocation").path("uri").asText()).startsWith(Cli.FIXTURES);
      assertThat(physical.path("region").path("startLine").asInt()).isPositive();
      assertThat(physical.path("region").path("startColumn").asInt()).isPositive();
    }
  }

  @Test
  void junitIsWellFormedWithOneTestCasePerDocument() throws Exception {
    String xml = check("-o", "junit", fixture("mixed")).out();
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(3);
  }

  @Test
  void severalOutputsAtOnceGoToTheirFiles(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("out/report.sarif");
    Path md = dir.resolve("summary.md");
    Cli.Result r =
        check("-o", "sarif=" + sarif, "--output", "markdown=" + md, "-o", "json", fixture("mixed"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(sarif)).isEqualTo(check("-o", "sarif", fixture("mixed")).out());
    assertThat(Files.readString(md)).startsWith("## meshward check");
    assertThat(Json.MAPPER.readTree(r.out()).path("summary").path("denied").asInt()).isEqualTo(3);
  }
}
