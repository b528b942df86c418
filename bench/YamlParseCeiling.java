import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ceiling that reading YAML alone puts on {@code meshward check}: every token of every file of
 * a tree through Jackson's YAML parser (SnakeYAML underneath, what {@code check} reads with), with
 * each token's position and each string's text, on one thread, without building trees or judging
 * anything. Run as {@code java -cp LIBS bench/YamlParseCeiling.java DIR ROUNDS}; prints the
 * documents per second of the first pass (a fresh JVM, as one {@code check} run is) and of the
 * best pass.
 */
public final class YamlParseCeiling {

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = Files.walk(Path.of(args[0]))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    YAMLFactory yaml = new YAMLFactory();
    int rounds = Integer.parseInt(args[1]);
    long documents = 0;
    double first = 0;
    double best = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      documents = 0;
      for (String text : texts) {
        documents += read(yaml, text);
      }
      double perSecond = documents * 1e9 / (System.nanoTime() - start);
      first = round == 0 ? perSecond : first;
      best = Math.max(best, perSecond);
    }
    System.out.printf(
        "first pass %.0f docs/s, best of %d %.0f docs/s (%d documents, one thread)%n",
        first, rounds, best, documents);
  }

  /** Reads every token of {@code text}; returns the number of documents. */
  private static long read(YAMLFactory yaml, String text) throws Exception {
    long documents = 0;
    int depth = 0;
    try (JsonParser parser = yaml.createParser(text)) {
      while (parser.nextToken() != null) {
        parser.currentTokenLocation();
        switch (parser.currentToken()) {
          case START_OBJECT, START_ARRAY -> documents += depth++ == 0 ? 1 : 0;
          case END_OBJECT, END_ARRAY -> depth--;
          case VALUE_STRING, FIELD_NAME -> parser.getText();
          default -> {}
        }
      }
    }
    return documents;
  }
}
