package io.meshward.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code Golden} compares output with a golden file under {@code src/test/resources}, or rewrites
 * the file when the build runs with {@code -Dgolden.update=true}.
 */
public final class Golden {

  private Golden() {}

  /** Whether golden files are being rewritten. */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /**
   * Asserts that {@code actual} equals the content of {@code golden}, or writes it there when
   * updating.
   */
  public static void assertMatches(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual);
        return;
      }
      assertThat(golden)
          .as("golden file %s is missing; run ./mvnw test -Dgolden.update=true", golden)
          .exists();
      assertThat(actual)
          .as(
              "output differs from %s; if the change is intended, run ./mvnw test"
                  + " -Dgolden.update=true and review the diff",
              golden)
          .isEqualTo(Files.readString(golden));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
