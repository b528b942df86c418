package io.meshward.schema.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code PinFile} renders {@code schemas/kuma.pin}: the upstream release the sources were copied
 * from and the sha256 of each source file, in {@code sha256sum} format (check it from {@code
 * schemas/} with {@code grep -v '^#' kuma.pin | sha256sum -c}).
 */
final class PinFile {

  /** The kumahq/kuma release the sources come from. */
  static final String TAG = "v2.14.3";

  /** The commit of {@link #TAG}. */
  static final String COMMIT = "0c7aaec033b7dad03c3a9f4d5b56eb6d941bfff9";

  /** The source folder under {@code schemas/}. */
  static final String SOURCE_DIR = "source/kuma-" + TAG;

  private PinFile() {}

  /** The pin file text for the sources under {@code schemasDir}. */
  static String render(Path schemasDir) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Sources of the generated schemas in this folder. Generated; do not edit.\n");
    sb.append("# repo: kumahq/kuma\n");
    sb.append("# tag: ").append(TAG).append('\n');
    sb.append("# commit: ").append(COMMIT).append('\n');
    sb.append("# upstream paths: kuma.io_*.yaml = deployments/charts/kuma/crds/,\n");
    sb.append("#   Mesh.proto-jsonschema.json = docs/generated/raw/protos/Mesh.json,\n");
    sb.append("#   meshproxypatch.rest-openapi.yaml = ");
    sb.append("pkg/plugins/policies/meshproxypatch/api/v1alpha1/rest.yaml\n");
    sb.append("# regenerate: ./mvnw test -Dtest=SchemasUpToDateTest -Dschemas.update=true\n");
    for (Path file : sourceFiles(schemasDir)) {
      sb.append(sha256(file)).append("  ").append(SOURCE_DIR).append('/');
      sb.append(file.getFileName()).append('\n');
    }
    return sb.toString();
  }

  private static List<Path> sourceFiles(Path schemasDir) {
    try (Stream<Path> files = Files.list(schemasDir.resolve(SOURCE_DIR))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
