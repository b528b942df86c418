package io.meshward.schema.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code SchemaGenerator} builds {@code schemas/}: one JSON Schema per {@link KumaKind} from the
 * served {@code v1alpha1} {@code openAPIV3Schema} of the Kuma CRDs in {@code schemas/source/} (the
 * Mesh spec from Kuma's proto JSON schema), plus {@code kuma.pin}.
 *
 * <p>Run through {@code SchemasUpToDateTest}: {@code ./mvnw test -Dtest=SchemasUpToDateTest
 * -Dschemas.update=true}.
 */
public final class SchemaGenerator {

  /** The file holding the pin of the sources. */
  public static final String PIN_FILE = "kuma.pin";

  private static final String SERVED_VERSION = "v1alpha1";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaGenerator() {}

  /** Every generated file under {@code schemasDir}: file name → content. */
  public static Map<String, String> generate(Path schemasDir) {
    Path sources = schemasDir.resolve(PinFile.SOURCE_DIR);
    Map<String, String> files = new TreeMap<>();
    for (KumaKind kind : KumaKind.values()) {
      files.put(kind.schemaFile(), CanonicalJson.write(schemaOf(kind, sources)));
    }
    files.put(PIN_FILE, PinFile.render(schemasDir));
    return files;
  }

  private static ObjectNode schemaOf(KumaKind kind, Path sources) {
    String crdFile = "kuma.io_" + kind.plural() + ".yaml";
    ObjectNode schema = CrdSchemaConverter.convert(openApiSchema(read(sources.resolve(crdFile))));
    ObjectNode properties = (ObjectNode) schema.get("properties");
    properties.set("metadata", metadata());
    if (kind == KumaKind.MESH) {
      properties.set(
          "spec", MeshSpecSchema.build(read(sources.resolve("Mesh.proto-jsonschema.json"))));
    }
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", kind.kindName());
    schema.put(
        "$comment",
        "Generated from "
            + crdFile
            + " (kumahq/kuma "
            + PinFile.TAG
            + ", served version "
            + SERVED_VERSION
            + "). Do not edit: see kuma.pin.");
    return schema;
  }

  /** An open object; labels and annotations are string maps, as the API server requires. */
  private static ObjectNode metadata() {
    ObjectNode metadata = NODES.objectNode().put("type", "object");
    ObjectNode properties = metadata.putObject("properties");
    for (String map : new String[] {"labels", "annotations"}) {
      ObjectNode values = properties.putObject(map).put("type", "object");
      values.putObject("additionalProperties").put("type", "string");
    }
    return metadata;
  }

  private static JsonNode openApiSchema(JsonNode crd) {
    for (JsonNode version : crd.path("spec").path("versions")) {
      if (SERVED_VERSION.equals(version.path("name").asText())
          && version.path("served").asBoolean()) {
        return version.path("schema").path("openAPIV3Schema");
      }
    }
    throw new IllegalStateException("no served " + SERVED_VERSION + " in " + crd.path("metadata"));
  }

  private static JsonNode read(Path file) {
    try {
      return (file.toString().endsWith(".json") ? Json.MAPPER : Json.YAML).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
