package io.meshward.cli.report;

/**
 * {@code Position} is a place in a source file, both numbers starting at 1.
 *
 * @param line line number
 * @param column column number
 */
public record Position(int line, int column) {

  /** The start of a file. */
  public static final Position START = new Position(1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
