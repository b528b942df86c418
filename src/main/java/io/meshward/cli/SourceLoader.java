package io.meshward.cli;

import io.meshward.cli.report.InputError;
import io.meshward.cli.report.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code SourceLoader} turns the command's inputs into parsed documents: a file is read whatever
 * its name; a directory is walked recursively for {@code *.yaml}, {@code *.yml} and {@code *.json}
 * (hidden directories skipped) in sorted order; {@code -} is standard input, named {@value #STDIN}.
 *
 * <p>A file that cannot be read or parsed is an {@link InputError}: none of its documents is
 * checked (a half-read file would turn its missing objects into deletions), the other inputs still
 * are.
 */
final class SourceLoader {

  /** The name standard input goes by in reports. */
  static final String STDIN = "<stdin>";

  /**
   * What the inputs hold.
   *
   * @param documents every non-empty document (or what was made of it), in input order
   * @param errors inputs that could not be read or parsed
   * @param <T> a document, or what was made of it
   */
  record Loaded<T>(List<T> documents, List<InputError> errors) {}

  private final Supplier<InputStream> stdin;

  SourceLoader(Supplier<InputStream> stdin) {
    this.stdin = stdin;
  }

  /** Reads and parses every file of {@code inputs}, files in parallel, results in input order. */
  Loaded<SourceDocument> load(List<String> inputs) {
    return load(inputs, docs -> docs);
  }

  /**
   * Reads and parses every file of {@code inputs}, files in parallel, and hands each file's
   * documents to {@code perFile} as soon as the file is parsed, so that the parsed trees need not
   * outlive their file; what it makes of them is returned in input order.
   */
  <T> Loaded<T> load(List<String> inputs, Function<List<SourceDocument>, List<T>> perFile) {
    List<String> files = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    List<Integer> errorsBefore = new ArrayList<>();
    for (String input : inputs) {
      for (String file : expand(input, errors)) {
        files.add(file);
        errorsBefore.add(errors.size());
      }
    }
    List<Loaded<T>> parsed = Parallel.map(files, file -> loadFile(file, perFile));
    List<T> docs = new ArrayList<>();
    List<InputError> ordered = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < files.size(); i++) {
      // Errors of listing an input come before the files of later inputs, as they were found.
      ordered.addAll(errors.subList(next, errorsBefore.get(i)));
      next = errorsBefore.get(i);
      docs.addAll(parsed.get(i).documents());
      ordered.addAll(parsed.get(i).errors());
    }
    ordered.addAll(errors.subList(next, errors.size()));
    return new Loaded<>(docs, ordered);
  }

  private <T> Loaded<T> loadFile(String file, Function<List<SourceDocument>, List<T>> perFile) {
    List<SourceDocument> docs;
    try {
      String text = file.equals(STDIN) ? readStdin() : read(Path.of(file));
      docs = DocumentParser.parse(file, text, isJson(file));
    } catch (InputException e) {
      return new Loaded<>(List.of(), List.of(e.error()));
    } catch (IOException e) {
      return new Loaded<>(List.of(), List.of(new InputError(file, Position.START, describe(e))));
    }
    return new Loaded<>(perFile.apply(docs), List.of());
  }

  static List<String> expand(String input, List<InputError> errors) {
    if (input.equals("-")) {
      return List.of(STDIN);
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      errors.add(new InputError(input, Position.START, "no such file or directory"));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(input);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(p -> Files.isRegularFile(p) && manifest(p) && !hidden(path, p))
          .map(p -> p.toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException | RuntimeException e) {
      errors.add(new InputError(input, Position.START, "cannot list directory: " + e.getMessage()));
      return List.of();
    }
  }

  private static boolean manifest(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private String readStdin() throws IOException {
    return decode(stdin.get().readAllBytes());
  }

  private static String read(Path path) throws IOException {
    return decode(Files.readAllBytes(path));
  }

  private static String decode(byte[] bytes) throws IOException {
    return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  private static String describe(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return "cannot read: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
