package io.meshward.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.meshward.cli.report.InputError;
import io.meshward.cli.report.Position;
import io.meshward.core.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DocumentParser} reads every document of a YAML (or JSON) text into a JSON tree, with the
 * same scalar typing as the engine's YAML mapper, and records the position of every node on the
 * way. YAML aliases are expanded to a copy of their anchored node.
 */
final class DocumentParser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String file;
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private JsonParser parser;
  private PositionIndex index;

  private DocumentParser(String file) {
    this.file = file;
  }

  /**
   * The documents of {@code text}; empty documents count in the numbering but are not returned.
   *
   * @throws InputException when the text is not well-formed, with the position of the problem
   */
  static List<SourceDocument> parse(String file, String text, boolean json) {
    return new DocumentParser(file).parseAll(text, json);
  }

  private List<SourceDocument> parseAll(String text, boolean json) {
    List<SourceDocument> docs = new ArrayList<>();
    try (JsonParser p =
        json ? Json.MAPPER.getFactory().createParser(text) : Json.YAML.createParser(text)) {
      parser = p;
      int number = 0;
      while (p.nextToken() != null) {
        number++;
        index = new PositionIndex();
        JsonNode tree = read("");
        if (!tree.isNull()) {
          docs.add(new SourceDocument(file, number, tree, index));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Position pos =
          at == null || at.getLineNr() < 1
              ? Position.START
              : new Position(at.getLineNr(), Math.max(1, at.getColumnNr()));
      throw new InputException(new InputError(file, pos, firstLine(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new InputException(new InputError(file, Position.START, e.getMessage()));
    }
    return docs;
  }

  /** Reads the value at the current token, recording {@code pointer} when not yet recorded. */
  private JsonNode read(String pointer) throws IOException {
    Position start = here();
    index.put(pointer, start);
    String anchor = parser instanceof YAMLParser y ? y.getObjectId() : null;
    JsonNode node =
        switch (parser.currentToken()) {
          case START_OBJECT -> readObject(pointer);
          case START_ARRAY -> readArray(pointer);
          case VALUE_STRING ->
              alias() ? aliased(parser.getText()) : NODES.textNode(parser.getText());
          case VALUE_NUMBER_INT -> number();
          case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
          case VALUE_TRUE -> NODES.booleanNode(true);
          case VALUE_FALSE -> NODES.booleanNode(false);
          case VALUE_EMBEDDED_OBJECT -> NODES.textNode(parser.getText());
          default -> NODES.nullNode();
        };
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    JsonLocation end = parser.currentLocation();
    index.putValue(pointer, start, new Position(end.getLineNr(), end.getColumnNr()));
    return node;
  }

  private ObjectNode readObject(String pointer) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
      index.put(child, here());
      parser.nextToken();
      object.set(name, read(child));
    }
    return object;
  }

  private ArrayNode readArray(String pointer) throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(read(pointer + "/" + array.size()));
    }
    return array;
  }

  private JsonNode number() throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private boolean alias() {
    return parser instanceof YAMLParser y && y.isCurrentAlias();
  }

  private JsonNode aliased(String name) {
    JsonNode target = anchors.get(name);
    if (target == null) {
      Position pos = here();
      throw new InputException(new InputError(file, pos, "unknown alias *" + name));
    }
    return target.deepCopy();
  }

  private Position here() {
    JsonLocation at = parser.currentTokenLocation();
    return new Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private static String firstLine(String message) {
    String m = message == null ? "cannot parse" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
