package io.meshward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.meshward.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code KumaExampleObjects} loads every Kubernetes object of the Kuma example data under {@code
 * src/test/resources/kuma-examples}: the {@code k8s_object} (and {@code old_k8s_object}) of the
 * validation cases, the {@code input} of the defaulter cases and the first object of each
 * webhook-validation input, keyed by a readable name.
 */
final class KumaExampleObjects {

  static final Path ROOT = Path.of("src/test/resources/kuma-examples");

  private KumaExampleObjects() {}

  /** Every example object, by {@code dir/file[#field]}. */
  static Map<String, JsonNode> all() {
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    for (Path file : yamlFiles("validation")) {
      JsonNode doc = read(file);
      put(objects, "validation/" + file.getFileName(), doc.get("k8s_object"));
      put(objects, "validation/" + file.getFileName() + "#old", doc.get("old_k8s_object"));
    }
    for (Path file : yamlFiles("defaulter")) {
      put(objects, "defaulter/" + file.getFileName(), read(file).get("input"));
    }
    for (Path file : yamlFiles("webhook-validation")) {
      if (file.getFileName().toString().endsWith(".input.yaml")) {
        put(objects, "webhook-validation/" + file.getFileName(), first(file));
      }
    }
    return objects;
  }

  /** The defaulter cases, by file name. */
  static Map<String, JsonNode> defaulterCases() {
    Map<String, JsonNode> cases = new LinkedHashMap<>();
    for (Path file : yamlFiles("defaulter")) {
      cases.put(file.getFileName().toString(), read(file));
    }
    return cases;
  }

  private static void put(Map<String, JsonNode> objects, String name, JsonNode object) {
    if (object != null && object.isObject()) {
      objects.put(name, object);
    }
  }

  private static List<Path> yamlFiles(String dir) {
    try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
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

  private static JsonNode first(Path file) {
    try (MappingIterator<JsonNode> docs =
        Json.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      List<JsonNode> all = new ArrayList<>();
      docs.forEachRemaining(all::add);
      return all.isEmpty() ? null : all.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
