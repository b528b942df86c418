package io.meshward.cli;

import static io.meshward.cli.Cli.check;
import static io.meshward.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meshward check --fix}: normalized documents written back, only the patched nodes. */
class CheckFixTest {

  private static final Path BEFORE = Path.of(fixture("fix/before"));
  private static final Path AFTER = Path.of(fixture("fix/after"));
  private static final List<String> FILES =
      List.of("flow.yaml", "policies.yaml", "policy.json", "universal.yaml");

  @TempDir Path dir;

  @Test
  void fixWritesTheNormalizedDocumentsBackKeepingEverythingElse() throws IOException {
    copy(BEFORE, dir);
    Cli.Result r = check("--fix", dir.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(0);
    for (String name : FILES) {
      Golden.assertMatches(AFTER.resolve(name), Files.readString(dir.resolve(name)));
    }
    assertThat(r.err().replace(dir.toString(), "DIR"))
        .contains("fixed DIR/policies.yaml:4 MeshTimeout/kuma-system/timeout-web:")
        .contains("spec.default.appendModifications[0].cluster.operation: \"patch\" -> \"Patch\"")
        .contains("DIR/universal.yaml:")
        .endsWith("normalizations written to 4 files.\n");
    assertThat(r.out()).contains("0 mutated");
  }

  @Test
  void aSecondFixChangesNothing() throws IOException {
    copy(AFTER, dir);
    Cli.Result r = check("--fix", dir.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).isEqualTo("--fix: 0 normalizations written to 0 files.\n");
    for (String name : FILES) {
      assertThat(Files.readString(dir.resolve(name)))
          .isEqualTo(Files.readString(AFTER.resolve(name)));
    }
  }

  @Test
  void aNodeThatCannotBeRewrittenLeavesTheFileAloneAndExits2() throws IOException {
    String yaml =
        "apiVersion: kuma.io/v1alpha1\nkind: MeshTimeout\nmetadata:\n  name: t\n"
            + "  namespace: kuma-system\n  labels:\n    kuma.io/mesh: default\n"
            + "spec:\n  targetRef:\n    kind: !!str mesh\n";
    Path file = dir.resolve("tagged.yaml");
    Files.writeString(file, yaml);
    Cli.Result r = check("--fix", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot fix").contains("/spec/targetRef/kind");
    assertThat(Files.readString(file)).isEqualTo(yaml);
  }

  @Test
  void standardInputCannotBeFixed() {
    Cli.Result r = check("--fix", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("standard input");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
