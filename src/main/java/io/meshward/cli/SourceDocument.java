package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code SourceDocument} is one parsed document of an input file.
 *
 * @param file the file as the user named it ({@code -} for stdin)
 * @param index the document's number in its file, starting at 1 (YAML {@code ---} sections)
 * @param tree the document as written
 * @param positions where each node of {@link #tree()} is in the file
 */
public record SourceDocument(String file, int index, JsonNode tree, PositionIndex positions) {

  /** The line the document's content starts on. */
  public int line() {
    return positions.root().line();
  }
}
