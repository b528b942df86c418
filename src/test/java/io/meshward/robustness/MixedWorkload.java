package io.meshward.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MixedWorkload} is what the concurrency test sends: every admission golden request to both
 * endpoints plus a fixed set of small fuzzed bodies, each with the answer it got when sent alone.
 */
final class MixedWorkload {

  /**
   * One request and its sequential answer.
   *
   * @param endpoint {@code validate} or {@code mutate}
   * @param body the body
   * @param status the HTTP status answered sequentially
   * @param answer the body answered sequentially
   */
  record Item(String endpoint, byte[] body, int status, String answer) {}

  private MixedWorkload() {}

  /**
   * The items, answered one by one. Answers that depend on timing (a Kubernetes or traffic source
   * that could not be asked) are left out.
   */
  static List<Item> sequential(Loopback server, long seed, int fuzzed) throws Exception {
    List<byte[]> bodies = new ArrayList<>();
    for (ObjectNode review : FuzzInputs.corpus()) {
      bodies.add(bytes(review));
    }
    FuzzInputs fuzz = new FuzzInputs(FuzzInputs.corpus(), seed);
    while (bodies.size() < FuzzInputs.corpus().size() + fuzzed) {
      byte[] body = fuzz.next();
      if (body.length < 16_384) {
        bodies.add(body);
      }
    }
    List<Item> items = new ArrayList<>();
    for (byte[] body : bodies) {
      for (String endpoint : new String[] {"validate", "mutate"}) {
        var answer = server.post(endpoint, body);
        String text = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains("could not verify")) {
          items.add(new Item(endpoint, body, answer.statusCode(), text));
        }
      }
    }
    return items;
  }

  private static byte[] bytes(ObjectNode review) {
    try {
      return Json.MAPPER.writeValueAsBytes(review);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
