package io.meshward.cli;

import io.meshward.cli.report.Position;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code PositionIndex} maps the RFC 6901 JSON pointers of one parsed document to where each node
 * is introduced in the source: a mapping member at its key, a sequence item at its first token, the
 * document itself at its first token.
 */
public final class PositionIndex {

  private final Map<String, Position> positions = new HashMap<>();
  private final Map<String, Position[]> values = new HashMap<>();

  /** Records {@code position} for {@code pointer}; the first record of a pointer wins. */
  void put(String pointer, Position position) {
    positions.putIfAbsent(pointer, position);
  }

  /** Records where the value of {@code pointer} starts and ends (its first and after its last). */
  void putValue(String pointer, Position start, Position end) {
    values.putIfAbsent(pointer, new Position[] {start, end});
  }

  /** Where the value of {@code pointer} starts ({@code null} when there is none). */
  Position valueStart(String pointer) {
    Position[] span = values.get(pointer);
    return span == null ? null : span[0];
  }

  /** Where the value of {@code pointer} ends, exclusive ({@code null} when there is none). */
  Position valueEnd(String pointer) {
    Position[] span = values.get(pointer);
    return span == null ? null : span[1];
  }

  /** Whether {@code pointer} names a node of the document. */
  public boolean has(String pointer) {
    return positions.containsKey(pointer);
  }

  /**
   * The position of {@code pointer}, or of its nearest existing parent when the node does not exist
   * (a missing field is reported where it should have been written).
   */
  public Position locate(String pointer) {
    String p = pointer;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** The position of the document itself. */
  public Position root() {
    return locate("");
  }
}
