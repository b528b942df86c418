package io.meshward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonPatch;
import io.meshward.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Kustomization} renders the subset of kustomize that {@code deploy/} uses: {@code
 * resources} (files and directories with their own kustomization) and {@code patches} with inline
 * JSON 6902 operations and a kind/name target. Tests compare it with {@code kubectl kustomize}
 * where kubectl is installed.
 */
final class Kustomization {

  private Kustomization() {}

  /** The objects {@code dir}'s kustomization renders, in order. */
  static List<JsonNode> render(Path dir) throws IOException {
    JsonNode k = Json.YAML.readTree(dir.resolve("kustomization.yaml").toFile());
    List<JsonNode> objects = new ArrayList<>();
    for (JsonNode r : k.path("resources")) {
      Path p = dir.resolve(r.asText()).normalize();
      if (Files.isDirectory(p)) {
        objects.addAll(render(p));
      } else {
        try (MappingIterator<JsonNode> docs =
            Json.YAML.readerFor(JsonNode.class).readValues(p.toFile())) {
          while (docs.hasNext()) {
            JsonNode doc = docs.next();
            if (doc != null && !doc.isNull() && !doc.isEmpty()) {
              objects.add(doc);
            }
          }
        }
      }
    }
    for (JsonNode patch : k.path("patches")) {
      JsonNode ops = Json.YAML.readTree(patch.path("patch").asText());
      String kind = patch.path("target").path("kind").asText();
      String name = patch.path("target").path("name").asText();
      for (int i = 0; i < objects.size(); i++) {
        JsonNode o = objects.get(i);
        if (o.path("kind").asText().equals(kind)
            && o.path("metadata").path("name").asText().equals(name)) {
          objects.set(i, JsonPatch.apply(ops, o));
        }
      }
    }
    return objects;
  }

  /** The first object of {@code kind} named {@code name}. */
  static ObjectNode find(List<JsonNode> objects, String kind, String name) {
    return (ObjectNode)
        objects.stream()
            .filter(o -> o.path("kind").asText().equals(kind))
            .filter(o -> o.path("metadata").path("name").asText().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }
}
