package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@code YamlToJson} turns YAML (or JSON) text into a JSON tree the way {@code sigs.k8s.io/yaml}
 * does for Kuma: YAML 1.1 plain scalars as in {@code yaml.v2} ({@code yes/no/on/off} are booleans,
 * {@code 0x1F} and {@code 017} are integers, timestamps stay strings), map keys become strings,
 * merge keys ({@code <<}) are applied, and only the first document counts. Empty text gives {@code
 * null}. Truncated input fails with {@code unexpected EOF}, like Go.
 */
final class YamlToJson {

  static final String UNEXPECTED_EOF = "unexpected EOF";
  private static final int MAX_DEPTH = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Read-only after construction, so shared; composing needs no constructor or representer. */
  private static final Resolver RESOLVER = new Resolver();

  private YamlToJson() {}

  /**
   * The JSON tree of the first document of {@code text}, {@code NullNode} when there is none. Like
   * Kuma, text that does not convert is read as raw JSON instead, so its error is Go's JSON
   * decoder's ({@link GoJsonSyntax}).
   */
  static JsonNode convert(String text) throws EnvoyValueException {
    try {
      return fromYaml(text);
    } catch (EnvoyValueException notYaml) {
      String jsonError = GoJsonSyntax.firstValueError(text);
      if (jsonError != null) {
        throw new EnvoyValueException(jsonError);
      }
      try (var parser = Json.MAPPER.createParser(text)) {
        return Json.MAPPER.readTree(parser);
      } catch (java.io.IOException | RuntimeException e) {
        throw notYaml;
      }
    }
  }

  private static JsonNode fromYaml(String text) throws EnvoyValueException {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowDuplicateKeys(true);
    Node root;
    try {
      // What Yaml.composeAll does, without building a Yaml (its constructor dominated the cost).
      Composer composer =
          new Composer(
              new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options);
      root = composer.checkNode() ? composer.getNode() : null;
    } catch (MarkedYAMLException e) {
      throw new EnvoyValueException(describe(e, text));
    } catch (YAMLException e) {
      throw new EnvoyValueException("error converting YAML to JSON: yaml: " + e.getMessage());
    }
    return root == null ? NODES.nullNode() : toJson(root, 0);
  }

  private static String describe(MarkedYAMLException e, String text) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    boolean atEnd =
        problem.contains("<stream end>")
            || problem.contains("end of stream")
            || (e.getProblemMark() != null
                && e.getProblemMark().getIndex() >= text.strip().length());
    if (atEnd) {
      return UNEXPECTED_EOF;
    }
    int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
    return "error converting YAML to JSON: yaml: line " + line + ": " + problem;
  }

  private static JsonNode toJson(Node node, int depth) throws EnvoyValueException {
    if (depth > MAX_DEPTH) {
      throw new EnvoyValueException("error converting YAML to JSON: yaml: nesting too deep");
    }
    if (node instanceof ScalarNode scalar) {
      return YamlScalars.resolve(scalar);
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      for (Node item : sequence.getValue()) {
        array.add(toJson(item, depth + 1));
      }
      return array;
    }
    MappingNode mapping = (MappingNode) node;
    ObjectNode object = NODES.objectNode();
    for (NodeTuple tuple : mapping.getValue()) {
      if (isMergeKey(tuple.getKeyNode())) {
        continue;
      }
      object.set(keyOf(tuple.getKeyNode()), toJson(tuple.getValueNode(), depth + 1));
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (isMergeKey(tuple.getKeyNode())) {
        merge(object, tuple.getValueNode(), depth);
      }
    }
    return object;
  }

  private static void merge(ObjectNode target, Node source, int depth) throws EnvoyValueException {
    if (source instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        merge(target, item, depth);
      }
      return;
    }
    if (!(toJson(source, depth + 1) instanceof ObjectNode merged)) {
      throw new EnvoyValueException(
          "error converting YAML to JSON: yaml: map merge requires map or sequence of maps");
    }
    merged.fields().forEachRemaining(e -> target.putIfAbsent(e.getKey(), e.getValue()));
  }

  private static boolean isMergeKey(Node key) {
    return key instanceof ScalarNode s && s.isPlain() && "<<".equals(s.getValue());
  }

  private static String keyOf(Node key) throws EnvoyValueException {
    if (!(key instanceof ScalarNode scalar)) {
      throw new EnvoyValueException(
          "error converting YAML to JSON: yaml: unsupported map key of kind " + key.getNodeId());
    }
    JsonNode resolved = YamlScalars.resolve(scalar);
    return resolved.isNull() ? "null" : resolved.asText();
  }
}
