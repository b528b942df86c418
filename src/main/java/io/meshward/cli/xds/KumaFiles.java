package io.meshward.cli.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code KumaFiles} reads Kuma objects from YAML/JSON files (several documents allowed), in
 * Kubernetes form ({@code apiVersion}, {@code kind}, {@code metadata}, {@code spec}) or Universal
 * form ({@code type}, {@code name}, {@code mesh}, {@code spec}).
 */
final class KumaFiles {

  private KumaFiles() {}

  /** The documents of {@code file}, empty ones skipped. */
  static List<JsonNode> documents(Path file) throws InputException {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it =
        Json.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          out.add(doc);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException(file + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    return out;
  }

  /** The objects of kind {@code kind} in {@code file}; an error when there is none. */
  static List<KumaResource> objects(Path file, String kind) throws InputException {
    List<KumaResource> out = new ArrayList<>();
    for (JsonNode doc : documents(file)) {
      KumaResource r = KumaResource.of(doc);
      if (!r.kind().equals(kind)) {
        throw new InputException(file + ": expected a " + kind + ", found \"" + r.kind() + "\"");
      }
      out.add(r);
    }
    if (out.isEmpty()) {
      throw new InputException(file + ": no " + kind + " found");
    }
    return out;
  }
}
