package io.meshward.envoy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code EnvoyTypeIndex} maps every protobuf message name of the Envoy API (with {@code xds.*},
 * {@code udpa.*}, {@code validate.*} and the imported {@code google.protobuf.*} types) to the
 * generated Java class that holds it. It is read from {@value #RESOURCE}, which the build keeps
 * equal to a scan of the Envoy api jar ({@code EnvoyTypeIndexUpToDateTest}), so that a type's
 * descriptor is loaded only when that type is first needed.
 */
final class EnvoyTypeIndex {

  static final String RESOURCE = "/io/meshward/envoy/envoy-types.txt";

  private final Map<String, String> classNames;

  private EnvoyTypeIndex(Map<String, String> classNames) {
    this.classNames = classNames;
  }

  /** The index of the classpath resource. */
  static EnvoyTypeIndex load() {
    try (InputStream in = EnvoyTypeIndex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static EnvoyTypeIndex parse(InputStream in) throws IOException {
    Map<String, String> classNames = new HashMap<>(4096);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      int space = line.indexOf(' ');
      if (space > 0 && !line.startsWith("#")) {
        classNames.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    return new EnvoyTypeIndex(Map.copyOf(classNames));
  }

  /** The binary name of the Java class generated for message {@code fullName}, or null. */
  String classNameOf(String fullName) {
    return classNames.get(fullName);
  }

  /** How many message types the index knows. */
  int size() {
    return classNames.size();
  }
}
