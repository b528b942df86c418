package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * {@code SchemaVisibleFields} is the part of an object that a kind's schema can tell apart: the
 * whole object, except that under {@code metadata} only the fields the schema describes count when
 * its {@code metadata} schema merely types those fields (as CRD schemas do for {@code labels} and
 * {@code annotations}). Server-set metadata such as {@code uid}, {@code resourceVersion} or {@code
 * managedFields} is then invisible, so two objects with the same visible part get the same report.
 */
final class SchemaVisibleFields {

  /** Keywords that constrain nothing beyond the properties they name. */
  private static final Set<String> TYPING_ONLY =
      Set.of("type", "properties", "description", "title");

  /**
   * Root keywords that cannot reach {@code metadata} other than through {@code properties.metadata}
   * ({@code additionalProperties} applies only to fields not named there).
   */
  private static final Set<String> ROOT_KEYWORDS =
      Set.of(
          "$schema",
          "$comment",
          "$id",
          "title",
          "description",
          "type",
          "required",
          "properties",
          "additionalProperties");

  /** The metadata fields the schema describes, or null when the whole object is visible. */
  private final Set<String> metadataFields;

  private SchemaVisibleFields(Set<String> metadataFields) {
    this.metadataFields = metadataFields;
  }

  /** The visible part of objects checked against {@code schema} (a whole-object schema). */
  static SchemaVisibleFields forSchema(JsonNode schema) {
    JsonNode metadata = schema.path("properties").path("metadata");
    if (!metadata.isObject()
        || !"object".equals(metadata.path("type").asText())
        || !only(schema, ROOT_KEYWORDS)
        || !only(metadata, TYPING_ONLY)) {
      return new SchemaVisibleFields(null);
    }
    Set<String> described = new HashSet<>();
    metadata.path("properties").fieldNames().forEachRemaining(described::add);
    return new SchemaVisibleFields(Set.copyOf(described));
  }

  private static boolean only(JsonNode schema, Set<String> keywords) {
    Iterator<String> names = schema.fieldNames();
    while (names.hasNext()) {
      if (!keywords.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The part of {@code object} the schema sees: {@code object} itself, or a copy whose {@code
   * metadata} keeps only the described fields (sharing every other node with {@code object}).
   */
  JsonNode partOf(ObjectNode object) {
    JsonNode metadata = object.get("metadata");
    if (metadataFields == null || !(metadata instanceof ObjectNode fields)) {
      return object;
    }
    ObjectNode visible = object.objectNode();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      visible.set(field.getKey(), field.getValue());
    }
    ObjectNode visibleMetadata = visible.putObject("metadata");
    for (Map.Entry<String, JsonNode> field : fields.properties()) {
      if (metadataFields.contains(field.getKey())) {
        visibleMetadata.set(field.getKey(), field.getValue());
      }
    }
    return visible;
  }
}
