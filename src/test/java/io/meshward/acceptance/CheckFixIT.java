package io.meshward.acceptance;

import static io.meshward.acceptance.Fixtures.GOLDEN;
import static io.meshward.acceptance.Fixtures.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meshward check --fix} on a copy of the fixture: the files become the expected fixed files
 * (comments, key order and the untouched documents kept byte for byte), and a second {@code --fix}
 * changes nothing.
 */
class CheckFixIT {

  private static final Path BEFORE = Path.of(cli("fix/before"));
  private static final Path AFTER = Path.of(cli("fix/after"));

  @TempDir Path dir;

  @Test
  void fixRoundTrip() throws IOException {
    Path manifests = dir.resolve("manifests");
    Files.createDirectories(manifests);
    List<String> names = names(BEFORE);
    for (String name : names) {
      Files.copy(BEFORE.resolve(name), manifests.resolve(name));
    }

    Meshward.Run first = new Meshward().in(dir).check("--fix", "manifests");
    assertThat(first.code()).as(first.both()).isEqualTo(0);
    Golden.assertMatches(GOLDEN.resolve("fix-stderr.txt"), first.err());
    assertThat(first.out()).contains("0 mutated");
    for (String name : names) {
      String before = Meshward.read(BEFORE.resolve(name));
      String after = Meshward.read(manifests.resolve(name));
      assertThat(after).as(name).isEqualTo(Meshward.read(AFTER.resolve(name)));
      assertThat(after).as("%s was fixed", name).isNotEqualTo(before);
      before
          .lines()
          .filter(l -> l.strip().startsWith("#"))
          .forEach(c -> assertThat(after).contains(c));
    }

    Meshward.Run second = new Meshward().in(dir).check("--fix", "manifests");
    assertThat(second.code()).as(second.both()).isEqualTo(0);
    assertThat(second.err()).isEqualTo("--fix: 0 normalizations written to 0 files.\n");
    assertThat(second.out()).isEqualTo(first.out());
    for (String name : names) {
      assertThat(Meshward.read(manifests.resolve(name)))
          .isEqualTo(Meshward.read(AFTER.resolve(name)));
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
