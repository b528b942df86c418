package io.meshward.acceptance;

import static io.meshward.acceptance.Fixtures.CLI_GOLDEN;
import static io.meshward.acceptance.Fixtures.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output format of the packaged {@code meshward check}, written at once with {@code --output
 * FORMAT=FILE}, against the goldens of the in-process tests; and the {@code --xds} diff.
 */
class CheckFormatsIT {

  /** Format → golden extension. */
  private static final Map<String, String> FORMATS =
      Map.of("json", "json", "sarif", "sarif", "junit", "xml", "github", "txt", "markdown", "md");

  @TempDir Path dir;

  @Test
  void everyFormatAtOnceInFilesAndTextOnStandardOutput() {
    var args = new java.util.ArrayList<String>();
    args.add("--output");
    args.add("text");
    FORMATS.forEach(
        (format, ext) -> {
          args.add("--output");
          args.add(format + "=" + dir.resolve("reports/" + format + "." + ext));
        });
    args.add(cli("mixed"));
    Meshward.Run run = new Meshward().check(args.toArray(String[]::new));
    assertThat(run.code()).as(run.both()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    Golden.assertMatches(CLI_GOLDEN.resolve("mixed-text.txt"), run.out());
    FORMATS.forEach(
        (format, ext) ->
            Golden.assertMatches(
                CLI_GOLDEN.resolve("mixed-" + format + "." + ext),
                Meshward.read(dir.resolve("reports/" + format + "." + ext))));
  }

  @Test
  void xdsDiffBetweenBaseAndHead() {
    Path json = dir.resolve("xds.json");
    Path markdown = dir.resolve("xds.md");
    Meshward.Run run =
        new Meshward()
            .check(
                "--xds",
                "--base",
                cli("xds/base"),
                "-o",
                "text",
                "-o",
                "json=" + json,
                "-o",
                "markdown=" + markdown,
                cli("xds/head"));
    assertThat(run.code()).as("a patch Kuma could not apply counts as denied").isEqualTo(1);
    Golden.assertMatches(CLI_GOLDEN.resolve("xds-text.txt"), run.out());
    Golden.assertMatches(CLI_GOLDEN.resolve("xds-json.json"), Meshward.read(json));
    Golden.assertMatches(CLI_GOLDEN.resolve("xds-markdown.md"), Meshward.read(markdown));
    assertThat(run.out())
        .contains("mesh patched, Dataplane/web-1: 0 added, 0 removed, 1 modified")
        .contains("mesh broken, representative proxy: denied: Kuma would fail xDS generation");
  }
}
