package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code JsonSchemaCheck} is the {@link SchemaCheck} over the generated JSON Schemas in {@code
 * schemas/} (one per {@link KumaKind}, on the classpath under {@code schemas/}), validated with
 * networknt.
 *
 * <p>Every schema is read and compiled once by {@link #fromClasspath()}; the instance is immutable
 * and safe to share between threads.
 */
public final class JsonSchemaCheck implements SchemaCheck {

  /** The classpath folder holding the schemas. */
  public static final String CLASSPATH_FOLDER = "schemas/";

  private final Map<KumaKind, KindSchema> schemas;

  private JsonSchemaCheck(Map<KumaKind, KindSchema> schemas) {
    this.schemas = schemas;
  }

  /**
   * A check with the schema of every {@link KumaKind} loaded from the classpath.
   *
   * @throws IllegalStateException when a schema is missing or unreadable
   */
  public static JsonSchemaCheck fromClasspath() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Map<KumaKind, KindSchema> schemas = new EnumMap<>(KumaKind.class);
    for (KumaKind kind : KumaKind.values()) {
      JsonNode raw = read(CLASSPATH_FOLDER + kind.schemaFile());
      Schema compiled = registry.getSchema(raw);
      compiled.initializeValidators();
      schemas.put(kind, new KindSchema(raw, compiled));
    }
    return new JsonSchemaCheck(schemas);
  }

  @Override
  public SchemaReport validate(KumaKind kind, JsonNode object) {
    KindSchema schema = schemas.get(kind);
    List<Error> errors = schema.compiled().validate(object);
    return SchemaFindings.report(kind, object, errors, schema.raw());
  }

  private static JsonNode read(String resource) {
    ClassLoader loader = JsonSchemaCheck.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema not on the classpath: " + resource);
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + resource, e);
    }
  }

  /** A kind's schema as JSON (for mapping paths) and compiled (for validating). */
  private record KindSchema(JsonNode raw, Schema compiled) {}
}
