package io.meshward.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code CiSnippets} reads the CI snippets of README.md's CI section, so that a test runs exactly
 * what users copy.
 */
final class CiSnippets {

  static final Path README = Path.of("README.md");

  private CiSnippets() {}

  /**
   * The YAML of the first {@code yaml} block after heading {@code ### heading} in the CI section.
   */
  static JsonNode snippet(String heading) {
    String readme = Meshward.read(README);
    int section = readme.indexOf("\n## CI\n");
    assertThat(section).as("README.md has a CI section").isPositive();
    int at = readme.indexOf("\n### " + heading + "\n", section);
    assertThat(at).as("README.md's CI section has ### %s", heading).isPositive();
    int start = readme.indexOf("```yaml\n", at) + "```yaml\n".length();
    int end = readme.indexOf("\n```", start);
    try {
      return new YAMLMapper().readTree(readme.substring(start, end));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The step named {@code name} of job {@code job} of a GitHub Actions workflow. */
  static JsonNode githubStep(JsonNode workflow, String job, String name) {
    for (JsonNode step : workflow.path("jobs").path(job).path("steps")) {
      if (name.equals(step.path("name").asText())) {
        return step;
      }
    }
    throw new AssertionError("no step \"" + name + "\" in job " + job);
  }

  /** A node's members as strings (an {@code env:} or {@code variables:} map). */
  static Map<String, String> strings(JsonNode map) {
    Map<String, String> values = new LinkedHashMap<>();
    map.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }
}
