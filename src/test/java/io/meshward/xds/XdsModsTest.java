package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
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
    ResourceSet set = inputs(doc);
    List<JsonNode> mods = new ArrayList<>();
    doc.path("modifications").forEach(mods::add);
    ModificationApplier.apply(set, mods);
    assertThat(XdsOutput.document(set)).isEqualTo(normalized(doc.path("expected")));
  }

  /**
   * Kuma's cases that apply nothing ("should not …") are exactly the ones where a modification is
   * reported as selecting nothing; every other case selects what it changes.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void onlyTheCasesThatApplyNothingWarn(Path file) throws Exception {
    JsonNode doc = Json.YAML.readTree(file.toFile());
    ObjectNode patch = Json.MAPPER.createObjectNode().put("type", "MeshProxyPatch");
    patch.put("name", "p").put("mesh", "default");
    patch
        .putObject("spec")
        .putObject("default")
        .set("appendModifications", doc.get("modifications"));
    List<String> warnings = new ArrayList<>();
    ProxyRenderer.applyPatches(inputs(doc), List.of(KumaResource.of(patch)), warnings);
    if (file.getFileName().toString().contains("-should-not-")) {
      assertThat(warnings)
          .singleElement()
          .asString()
          .startsWith("MeshProxyPatch p: spec.default.appendModifications[0].")
          .contains(" in the input, so this modification does nothing");
    } else {
      assertThat(warnings).isEmpty();
    }
  }

  private static ResourceSet inputs(JsonNode doc) throws Exception {
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
    return set;
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
