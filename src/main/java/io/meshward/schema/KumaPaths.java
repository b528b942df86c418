package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.path.NodePath;
import io.meshward.core.FieldPath;

/**
 * {@code KumaPaths} turns a validator's instance location into a Kuma-style {@link FieldPath} by
 * walking the JSON Schema beside it: a name found under {@code properties} is a field ({@code
 * .name}), a name validated by an {@code additionalProperties} schema is a map key ({@code
 * ["name"]}), an array position is an index ({@code [0]}).
 */
final class KumaPaths {

  private KumaPaths() {}

  /** The Kuma path of {@code location} in a document validated by {@code schema}. */
  static FieldPath of(NodePath location, JsonNode schema) {
    return resolve(location, schema).path();
  }

  /** The Kuma path of the property {@code name} of the object at {@code location}. */
  static FieldPath ofProperty(NodePath location, String name, JsonNode schema) {
    Step parent = resolve(location, schema);
    return parent.next(name).path();
  }

  private static Step resolve(NodePath location, JsonNode schema) {
    Step step = new Step(FieldPath.empty(), schema);
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      step = element instanceof Integer index ? step.next(index) : step.next(element.toString());
    }
    return step;
  }

  /** A resolved prefix: its Kuma path and the schema that validates the value there. */
  private record Step(FieldPath path, JsonNode schema) {

    Step next(int index) {
      return new Step(path.index(index), schema.path("items"));
    }

    Step next(String name) {
      JsonNode property = schema.path("properties").get(name);
      if (property != null) {
        return new Step(path.field(name), property);
      }
      JsonNode values = schema.path("additionalProperties");
      if (values.isObject()) {
        return new Step(path.key(name), values);
      }
      return new Step(path.field(name), values);
    }
  }
}
