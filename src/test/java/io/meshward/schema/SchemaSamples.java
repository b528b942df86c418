package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test data for the schema check: valid samples per kind and Kuma's validation cases. */
final class SchemaSamples {

  /** Kuma's validation cases (one YAML file each). */
  static final Path KUMA_CASES = Path.of("src/test/resources/kuma-examples/validation");

  /** The one check the tests share (compiling the schemas once). */
  static final JsonSchemaCheck CHECK = JsonSchemaCheck.fromClasspath();

  private SchemaSamples() {}

  /** A valid object of {@code kind}: from Kuma's cases for Mesh and MeshProxyPatch. */
  static ObjectNode valid(KumaKind kind) {
    return switch (kind) {
      case MESH -> (ObjectNode) kumaCase("mesh-43-create-mtls-strict.yaml").get("k8s_object");
      case MESH_PROXY_PATCH ->
          (ObjectNode) kumaCase("meshproxypatch-01-cluster-modifications.yaml").get("k8s_object");
      default -> (ObjectNode) yamlResource("/schema/valid/" + kind.plural() + ".yaml");
    };
  }

  /** The parsed Kuma case file {@code name}. */
  static JsonNode kumaCase(String name) {
    return read(KUMA_CASES.resolve(name));
  }

  /** The file names of every Kuma validation case. */
  static List<String> kumaCaseNames() {
    try (Stream<Path> files = Files.list(KUMA_CASES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code yaml} parsed. */
  static ObjectNode yaml(String yaml) {
    try {
      return (ObjectNode) Json.YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode yamlResource(String resource) {
    try (InputStream in = SchemaSamples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return Json.YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return Json.YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
