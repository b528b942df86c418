package io.meshward.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code Meshward} runs the packaged command, {@code java -jar quarkus-run.jar ARGS}, as a separate
 * process the way a user or a CI job does: arguments, standard input, working directory and
 * environment in; exit code, standard output and standard error out. While the process runs, its
 * sockets are watched: a run that listens on a port fails the test.
 *
 * <p>The jar is the one {@code package} built, passed by the build as the system property {@value
 * #JAR_PROPERTY}.
 */
final class Meshward {

  /** The system property naming the packaged jar. */
  static final String JAR_PROPERTY = "meshward.jar";

  private static final long TIMEOUT_SECONDS = 60;

  private final List<String> prefix = new ArrayList<>();
  private Path workdir = Path.of("").toAbsolutePath();
  private String stdin = "";
  private final Map<String, String> env = new LinkedHashMap<>();

  /**
   * What one run gave.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int code, String out, String err) {

    /** Standard output and error, to explain a failed assertion. */
    String both() {
      return "stdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  /** The packaged jar; fails when the build did not pass it or did not build it. */
  static Path jar() {
    String jar = System.getProperty(JAR_PROPERTY);
    assertThat(jar).as("system property %s (set by the build)", JAR_PROPERTY).isNotBlank();
    Path path = Path.of(jar).toAbsolutePath();
    assertThat(path).as("the packaged command; run ./mvnw verify").isRegularFile();
    return path;
  }

  /** The java launcher of the JVM running the tests. */
  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Runs in {@code dir} instead of the project directory. */
  Meshward in(Path dir) {
    this.workdir = dir;
    return this;
  }

  /** Feeds {@code text} to standard input. */
  Meshward stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** Runs the process behind {@code command...} (e.g. {@code unshare -rn}). */
  Meshward wrappedIn(String... command) {
    prefix.addAll(List.of(command));
    return this;
  }

  /** Sets an environment variable of the process. */
  Meshward env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs {@code meshward check args}. */
  Run check(String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(java().toString(), "-jar", jar().toString(), "check"));
    command.addAll(List.of(args));
    return exec(command);
  }

  /** Runs {@code command} (any program) with this runner's directory, input and environment. */
  Run exec(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workdir.toFile());
    builder.environment().remove("NO_COLOR");
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      CompletableFuture<String> out = drain(process.getInputStream());
      CompletableFuture<String> err = drain(process.getErrorStream());
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The command may exit without reading its input.
      }
      List<String> listening = ListeningSockets.watch(process);
      assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
          .as("%s finished within %ss", command, TIMEOUT_SECONDS)
          .isTrue();
      Run run = new Run(process.exitValue(), out.join(), err.join());
      assertThat(listening).as("sockets listened on by %s", command).isEmpty();
      assertThat(run.err()).as("stderr of %s", command).doesNotContain("\tat ");
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Reads a file written by a run. */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
