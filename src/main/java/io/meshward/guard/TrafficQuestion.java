package io.meshward.guard;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code TrafficQuestion} asks whether traffic of one signal is flowing in a mesh, optionally
 * narrowed to the proxies whose metrics carry the given labels. Equal questions are answered once
 * (shared, cached), so the record compares by value.
 *
 * @param signal what traffic is asked about
 * @param mesh the mesh name
 * @param selector metric label name to value, e.g. {@code dataplane=web-1}; empty for mesh-wide
 */
public record TrafficQuestion(TrafficSignal signal, String mesh, Map<String, String> selector) {

  /** Copies the selector into a sorted, unmodifiable map. */
  public TrafficQuestion {
    selector = Map.copyOf(new TreeMap<>(selector));
  }

  /** The question for the whole mesh. */
  public static TrafficQuestion meshWide(TrafficSignal signal, String mesh) {
    return new TrafficQuestion(signal, mesh, Map.of());
  }

  /** {@code mesh "default"} or {@code mesh "default" (dataplane=web-1)}, for messages. */
  public String scope() {
    String where = "mesh \"" + mesh + "\"";
    if (selector.isEmpty()) {
      return where;
    }
    StringBuilder sb = new StringBuilder(where).append(" (");
    new TreeMap<>(selector).forEach((k, v) -> sb.append(k).append('=').append(v).append(", "));
    sb.setLength(sb.length() - 2);
    return sb.append(')').toString();
  }
}
