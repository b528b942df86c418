package io.meshward.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's AOT training ({@code deploy/image/AotTraining.java}, run by the Dockerfile) works
 * against the packaged server: it gets ready, every training AdmissionReview is answered 200 by
 * both endpoints, and the JVM writes the cache on SIGTERM. Needs a JDK 25 or newer (the one on the
 * PATH, or under {@code /usr/lib/jvm}); skipped with a message without one.
 */
class AotTrainingIT {

  private static final Path TRAINING = Path.of("deploy/image/training");
  private static final int ROUNDS = 40;

  @TempDir Path dir;

  @Test
  void trainingAnswersEveryReviewAndWritesTheCache() throws Exception {
    Optional<Path> java = jdk25();
    assumeTrue(java.isPresent(), "no JDK 25 or newer here: the AOT cache cannot be trained");
    List<String> reviews;
    try (Stream<Path> files = Files.list(TRAINING)) {
      reviews = files.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().toList();
    }
    assertThat(reviews).isNotEmpty();
    Path cache = dir.resolve("meshward.aot");
    List<String> command = new ArrayList<>();
    command.add(java.get().toString());
    command.add("deploy/image/AotTraining.java");
    command.add(Meshward.jar().getParent().toString());
    command.add(cache.toString());
    command.addAll(reviews);
    Path log = dir.resolve("training.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC");
    Process training = builder.start();

    boolean finished = training.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      training.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as(output).isTrue();
    assertThat(training.exitValue()).as(output).isZero();
    int answers = ROUNDS * reviews.size() * 2;
    assertThat(output).contains("aot training: " + answers + " admission answers from the server");
    assertThat(cache).isRegularFile();
    assertThat(Files.size(cache)).as("cache size").isGreaterThan(1 << 20);
  }

  /** A JDK 25 or newer: the running one, else the newest under /usr/lib/jvm. */
  private static Optional<Path> jdk25() throws IOException {
    Path running = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() >= 25) {
      return Optional.of(running.resolve("bin/java"));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> feature(home) >= 25 && Files.isExecutable(home.resolve("bin/java")))
          .max((a, b) -> Integer.compare(feature(a), feature(b)))
          .map(home -> home.resolve("bin/java"));
    }
  }

  /** The feature release a JDK's {@code release} file names ({@code JAVA_VERSION="25.0.3"}). */
  private static int feature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring(line.indexOf('"') + 1).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
