package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code JsonSchemaCheck} is the {@link SchemaCheck} over the generated JSON Schemas in {@code
 * schemas/} (one per {@link KumaKind}, on the classpath under {@code schemas/}), validated with
 * networknt.
 *
 * <p>Every schema is read and compiled once: all of them up front by {@link #fromClasspath()} (a
 * server, before it is ready), or each on the first object of its kind by {@link #onDemand()} (a
 * short command that sees few kinds). Either instance is safe to share between threads.
 */
public final class JsonSchemaCheck implements SchemaCheck {

  /** The classpath folder holding the schemas. */
  public static final String CLASSPATH_FOLDER = "schemas/";

  private final Map<KumaKind, KindSchema> schemas = new ConcurrentHashMap<>();
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private JsonSchemaCheck() {}

  /**
   * A check with the schema of every {@link KumaKind} loaded from the classpath.
   *
   * @throws IllegalStateException when a schema is missing or unreadable
   */
  public static JsonSchemaCheck fromClasspath() {
    JsonSchemaCheck check = onDemand();
    for (KumaKind kind : KumaKind.values()) {
      check.schemaOf(kind);
    }
    return check;
  }

  /**
   * A check that reads and compiles the schema of a kind when it first meets an object of that
   * kind; a missing or unreadable schema is an {@link IllegalStateException} then.
   */
  public static JsonSchemaCheck onDemand() {
    return new JsonSchemaCheck();
  }

  @Override
  public SchemaReport validate(KumaKind kind, JsonNode object) {
    KindSchema schema = schemaOf(kind);
    List<Error> errors = schema.compiled().validate(object);
    return SchemaFindings.report(kind, object, errors, schema.raw());
  }

  @Override
  public JsonNode visiblePart(KumaKind kind, JsonNode object) {
    return object instanceof ObjectNode fields ? schemaOf(kind).visible().partOf(fields) : object;
  }

  /** The schema of {@code kind}, read and compiled on the first call for that kind. */
  private KindSchema schemaOf(KumaKind kind) {
    KindSchema known = schemas.get(kind);
    return known != null ? known : schemas.computeIfAbsent(kind, this::compile);
  }

  private KindSchema compile(KumaKind kind) {
    JsonNode raw = read(CLASSPATH_FOLDER + kind.schemaFile());
    Schema compiled = registry.getSchema(raw);
    compiled.initializeValidators();
    return new KindSchema(raw, compiled, SchemaVisibleFields.forSchema(raw));
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

  /**
   * A kind's schema as JSON (for mapping paths), compiled (for validating), and what of an object
   * it can see.
   */
  private record KindSchema(JsonNode raw, Schema compiled, SchemaVisibleFields visible) {}
}
