package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every MeshProxyPatch application case of Kuma gives its expected resource set. */
public class XdsModsTest {

  static final Path DIR = Path.of("src/test/resources/kuma-examples/xds-mods");

  public static Stream<Path> cases() throws Exception {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void producesExpectedSet(Path file) throws Exception {
    JsonNode doc = Json.YAML.readTree(file.toFile());
    String type = XdsResource.TYPE_URL_PREFIX + doc.path("input_type").asText();
    ResourceSet set = new ResourceSet();
    for (JsonNode input : doc.path("inputs")) {
      ObjectNode typed = ((ObjectNode) input.get("resource")).deepCopy();
      typed.put("@type", type);
      var message = ProtoJson.fromTypedJson(typed);
      set.add(
          new XdsResource(
              input.get("resource").path("name").asText(),
              input.path("origin").asText(""),
              message));
    }
    List<JsonNode> mods = new ArrayList<>();
    doc.path("modifications").forEach(mods::add);
    ModificationApplier.apply(set, mods);
    assertThat(XdsOutput.document(set)).isEqualTo(normalized(doc.path("expected")));
  }

  /** The expected set re-read through protobuf, so that number and key forms compare equal. */
  public static JsonNode normalized(JsonNode expected) throws Exception {
    List<XdsResource> resources = new ArrayList<>();
    for (JsonNode e : expected.path("resources")) {
      resources.add(
          new XdsResource(e.path("name").asText(), "", ProtoJson.fromTypedJson(e.get("resource"))));
    }
    return XdsOutput.document(resources);
  }
}
