package io.meshward.tls;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * {@code RotatingCertificate} serves the test application from certificate files in a temporary
 * directory, reloaded every second, so that a test can rotate them.
 */
public class RotatingCertificate implements QuarkusTestResourceLifecycleManager {

  /** The directory holding {@code tls.crt} and {@code tls.key} while the test runs. */
  static Path dir;

  @Override
  public Map<String, String> start() {
    try {
      dir = Files.createTempDirectory("meshward-tls");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    publish(1);
    try {
      Files.createSymbolicLink(dir.resolve("tls.crt"), Path.of("..data/tls.crt"));
      Files.createSymbolicLink(dir.resolve("tls.key"), Path.of("..data/tls.key"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.tls.key-store.pem.0.cert", dir.resolve("tls.crt").toString(),
        "quarkus.tls.key-store.pem.0.key", dir.resolve("tls.key").toString(),
        "meshward.tls.reload-period", "1s");
  }

  /**
   * Publishes a new certificate and key the way the kubelet updates a Secret volume: both files are
   * written into a new directory, then the {@code ..data} symlink is swapped atomically.
   */
  static void publish(int generation) {
    try {
      Path version = dir.resolve("..gen" + generation);
      SelfSignedCertificate.ensure(version, Duration.ofDays(1));
      Path link = dir.resolve("..data_tmp");
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, version.getFileName());
      Files.move(
          link,
          dir.resolve("..data"),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}
}
