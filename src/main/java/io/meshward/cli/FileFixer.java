package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Change;
import io.meshward.engine.Mutation;
import io.meshward.engine.MutationEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code FileFixer} writes the normalized form of the Kuma documents of one file back in place, as
 * text edits of the patched nodes only: comments, key order, formatting and the other documents
 * stay as written. The edited text is parsed again and must read back as exactly the normalized
 * objects (and the other documents unchanged), or nothing is written.
 */
final class FileFixer {

  /**
   * What fixing one file did.
   *
   * @param file the file
   * @param fixes one line per change, {@code line Kind/name: field: what}
   * @param refusal why the file was left alone although it needs fixing; empty when fixed or clean
   */
  record Outcome(String file, List<String> fixes, String refusal) {}

  private final MutationEngine engine;

  FileFixer(MutationEngine engine) {
    this.engine = engine;
  }

  /** Fixes {@code file}; a file that cannot be read or parsed is left to the check to report. */
  Outcome fix(String file) {
    boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json");
    List<SourceDocument> docs;
    SourceText text;
    try {
      text = new SourceText(Files.readString(Path.of(file), StandardCharsets.UTF_8), json);
      docs = DocumentParser.parse(file, text.text(), json);
    } catch (IOException | InputException e) {
      return new Outcome(file, List.of(), "");
    }
    List<TextEdit> edits = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    Map<Integer, JsonNode> expected = new HashMap<>();
    for (SourceDocument doc : docs) {
      if (!CheckRun.isKuma(doc)) {
        continue;
      }
      KumaDocument kuma = KumaDocument.of(doc);
      Mutation m = engine.normalize(kuma.object());
      if (!m.changed()) {
        continue;
      }
      List<JsonNode> ops = new ArrayList<>();
      m.patch()
          .forEach(op -> ops.add(kuma.universal() ? UniversalForm.sourceOp(doc.tree(), op) : op));
      try {
        edits.addAll(new PatchEdits(text, doc).edits(ops));
      } catch (IllegalArgumentException e) {
        return new Outcome(file, List.of(), refusal(doc, e.getMessage()));
      }
      expected.put(doc.index(), m.object());
      for (Change c : m.changes()) {
        fixes.add(
            doc.line() + " " + kuma.resource().ref() + ": " + c.field() + ": " + c.description());
      }
    }
    if (edits.isEmpty()) {
      return new Outcome(file, List.of(), "");
    }
    String fixed = TextEdit.apply(text.text(), edits);
    String mismatch = verify(file, fixed, json, docs, expected);
    if (mismatch != null) {
      return new Outcome(file, List.of(), mismatch);
    }
    try {
      Files.writeString(Path.of(file), fixed, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Outcome(file, List.of(), "cannot write: " + e.getMessage());
    }
    return new Outcome(file, List.copyOf(fixes), "");
  }

  /** Why {@code fixed} does not read back as intended, or {@code null} when it does. */
  private static String verify(
      String file,
      String fixed,
      boolean json,
      List<SourceDocument> before,
      Map<Integer, JsonNode> expected) {
    List<SourceDocument> after;
    try {
      after = DocumentParser.parse(file, fixed, json);
    } catch (InputException e) {
      return "the fixed text would not parse (" + e.error().message() + "); nothing written";
    }
    if (after.size() != before.size()) {
      return "the fixed text would have another number of documents; nothing written";
    }
    for (int i = 0; i < after.size(); i++) {
      SourceDocument was = before.get(i);
      SourceDocument now = after.get(i);
      JsonNode want = expected.get(was.index());
      boolean same =
          want == null ? now.tree().equals(was.tree()) : KumaDocument.of(now).object().equals(want);
      if (!same || now.index() != was.index()) {
        return "document "
            + was.index()
            + " would not read back as its normalized form; nothing written";
      }
    }
    return null;
  }

  private static String refusal(SourceDocument doc, String why) {
    return "document " + doc.index() + " (line " + doc.line() + "): " + why + "; nothing written";
  }
}
