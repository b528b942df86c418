package io.meshward.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code FuzzInputs} mutates realistic AdmissionReviews (the request files of the admission golden
 * tests) into hostile bodies: wrong types, removed and unknown fields, deep nesting, huge strings,
 * long arrays, missing uids, apiVersion and operation mix-ups, Kuma objects with mutated specs,
 * truncation, invalid UTF-8 and flipped bytes. The same seed gives the same inputs.
 */
final class FuzzInputs {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEEP_MARKER = "@@meshward-deep@@";
  private static final String[] API_VERSIONS = {
    "admission.k8s.io/v1", "admission.k8s.io/v1beta1", "admission.k8s.io/v2", "v1", ""
  };
  private static final String[] OPERATIONS = {
    "CREATE", "UPDATE", "DELETE", "CONNECT", "create", "PATCH", ""
  };

  private final List<ObjectNode> corpus;
  private final Random random;

  /**
   * @param corpus the AdmissionReviews to mutate (not modified)
   * @param seed the seed of the mutations
   */
  FuzzInputs(List<ObjectNode> corpus, long seed) {
    this.corpus = corpus;
    this.random = new Random(seed);
  }

  /** The request files of {@code src/test/resources/admission/{validate,mutate}}. */
  static List<ObjectNode> corpus() {
    List<ObjectNode> reviews = new ArrayList<>();
    for (String dir : new String[] {"validate", "mutate"}) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/admission", dir))) {
        for (Path file : files.sorted().toList()) {
          if (file.getFileName().toString().endsWith(".request.yaml")) {
            reviews.add((ObjectNode) Json.YAML.readTree(file.toFile()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return reviews;
  }

  /** The next hostile body. */
  byte[] next() {
    ObjectNode review = corpus.get(random.nextInt(corpus.size())).deepCopy();
    int mutations = 1 + random.nextInt(3);
    boolean deep = false;
    for (int i = 0; i < mutations; i++) {
      deep |= mutateTree(review);
    }
    byte[] body = serialize(review, deep);
    return random.nextInt(5) == 0 ? mutateBytes(body) : body;
  }

  /** Applies one tree mutation; true when it placed the deep-nesting marker. */
  private boolean mutateTree(ObjectNode review) {
    ObjectNode request =
        review.get("request") instanceof ObjectNode r ? r : review.putObject("request");
    switch (random.nextInt(14)) {
      case 0 -> replace(pick(review), wrongType());
      case 1 -> remove(pick(review));
      case 2 -> {
        if (pick(review).node() instanceof ObjectNode o) {
          o.set("unknown" + random.nextInt(1000), wrongType());
        }
      }
      case 3 -> {
        replace(pick(review), NODES.textNode(DEEP_MARKER));
        return true;
      }
      case 4 -> replace(pick(review), NODES.textNode(hugeString()));
      case 5 -> replace(pick(review), longArray());
      case 6 -> {
        switch (random.nextInt(4)) {
          case 0 -> request.remove("uid");
          case 1 -> request.put("uid", random.nextInt());
          case 2 -> request.put("uid", "");
          default -> request.put("uid", "fuzz-" + random.nextInt(1_000_000));
        }
      }
      case 7 -> review.put("apiVersion", API_VERSIONS[random.nextInt(API_VERSIONS.length)]);
      case 8 -> request.put("operation", OPERATIONS[random.nextInt(OPERATIONS.length)]);
      case 9 -> {
        JsonNode object = request.path("object");
        if (object instanceof ObjectNode o) {
          String field = new String[] {"spec", "metadata", "kind"}[random.nextInt(3)];
          o.set(field, wrongType());
        } else {
          request.set("object", wrongType());
        }
      }
      case 10 -> {
        // A Kuma spec mutated in place: the common fuzz target.
        JsonNode spec = request.path("object").path("spec");
        if (spec.isContainerNode()) {
          Slot slot = pick(spec);
          if (random.nextBoolean()) {
            replace(slot, wrongType());
          } else {
            remove(slot);
          }
        }
      }
      case 11 -> {
        if (request.path("object") instanceof ObjectNode o) {
          KumaKind[] kinds = KumaKind.values();
          o.put("kind", kinds[random.nextInt(kinds.length)].kindName());
        }
      }
      case 12 -> {
        JsonNode object = request.remove("object");
        request.set("oldObject", object);
        request.put("operation", random.nextBoolean() ? "DELETE" : "UPDATE");
      }
      default -> review.put("kind", random.nextBoolean() ? "AdmissionReview" : "Admission");
    }
    return false;
  }

  private byte[] serialize(ObjectNode review, boolean deep) {
    byte[] body;
    try {
      body = Json.MAPPER.writeValueAsBytes(review);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!deep) {
      return body;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    int depth = 50 + random.nextInt(1200);
    boolean arrays = random.nextBoolean();
    StringBuilder nested = new StringBuilder();
    nested.append((arrays ? "[" : "{\"a\":").repeat(depth)).append("1");
    nested.append((arrays ? "]" : "}").repeat(depth));
    return text.replace("\"" + DEEP_MARKER + "\"", nested).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] mutateBytes(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 8);
    switch (random.nextInt(3)) {
      case 0 -> out.write(body, 0, random.nextInt(body.length));
      case 1 -> {
        byte[][] bad = {
          {(byte) 0xC3, (byte) 0x28},
          {(byte) 0xFF},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          {(byte) 0xE2, (byte) 0x82}
        };
        int at = random.nextInt(body.length);
        out.write(body, 0, at);
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(body, at, body.length - at);
      }
      default -> {
        byte[] copy = body.clone();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        out.writeBytes(copy);
      }
    }
    return out.toByteArray();
  }

  private JsonNode wrongType() {
    return switch (random.nextInt(8)) {
      case 0 -> NODES.textNode("fuzz");
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.numberNode(random.nextDouble() * 1e300);
      case 3 -> NODES.booleanNode(random.nextBoolean());
      case 4 -> NODES.nullNode();
      case 5 -> NODES.arrayNode().add("x").add(1);
      case 6 -> NODES.objectNode().put("unexpected", true);
      default -> NODES.textNode("\u0000\uFFFF\uD83D\uDE00 ${x} \\\" '");
    };
  }

  private String hugeString() {
    int length = 1_000 + random.nextInt(60_000);
    char c = "a\u00e9\u4e2d:/{".charAt(random.nextInt(6));
    return String.valueOf(c).repeat(length);
  }

  private ArrayNode longArray() {
    ArrayNode array = NODES.arrayNode();
    boolean objects = random.nextBoolean();
    int length = random.nextInt(4) == 0 ? 10_000 : 1 + random.nextInt(300);
    for (int i = 0; i < length; i++) {
      if (objects) {
        array.addObject().put("name", "n" + i);
      } else {
        array.add(i);
      }
    }
    return array;
  }

  /** A node and where it sits: {@code key} in an object parent, else {@code index}. */
  private record Slot(JsonNode parent, String key, int index, JsonNode node) {}

  /** A uniformly chosen node under {@code root} (reservoir sampling over a walk). */
  private Slot pick(JsonNode root) {
    Slot[] chosen = {new Slot(null, null, -1, root)};
    int[] seen = {1};
    walk(root, chosen, seen);
    return chosen[0];
  }

  private void walk(JsonNode node, Slot[] chosen, int[] seen) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      List<String> keys = new ArrayList<>();
      names.forEachRemaining(keys::add);
      for (String key : keys) {
        consider(new Slot(node, key, -1, node.get(key)), chosen, seen);
        walk(node.get(key), chosen, seen);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        consider(new Slot(node, null, i, node.get(i)), chosen, seen);
        walk(node.get(i), chosen, seen);
      }
    }
  }

  private void consider(Slot slot, Slot[] chosen, int[] seen) {
    seen[0]++;
    if (random.nextInt(seen[0]) == 0) {
      chosen[0] = slot;
    }
  }

  private static void replace(Slot slot, JsonNode value) {
    if (slot.parent() instanceof ObjectNode o) {
      o.set(slot.key(), value);
    } else if (slot.parent() instanceof ArrayNode a) {
      a.set(slot.index(), value);
    }
  }

  private static void remove(Slot slot) {
    if (slot.parent() instanceof ObjectNode o) {
      o.remove(slot.key());
    } else if (slot.parent() instanceof ArrayNode a) {
      a.remove(slot.index());
    }
  }
}
