package io.meshward.envoy;

import com.google.protobuf.Descriptors.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * {@code DescriptorJarScanner} finds the generated protobuf file descriptors in the code source
 * (jar or class directory) that holds a given anchor class: every top-level class whose bytecode
 * declares {@code getDescriptor()} returning {@code Descriptors.FileDescriptor} is loaded (without
 * running its initializer until the method is called) and asked for its descriptor.
 */
final class DescriptorJarScanner {

  private static final byte[] MARKER =
      "()Lcom/google/protobuf/Descriptors$FileDescriptor;".getBytes(StandardCharsets.US_ASCII);

  private DescriptorJarScanner() {}

  /** The file descriptors of every outer class next to {@code anchor}. */
  static List<FileDescriptor> scan(Class<?> anchor) {
    ClassLoader loader = anchor.getClassLoader();
    String resource = anchor.getName().replace('.', '/') + ".class";
    URL url = loader.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("cannot locate " + resource);
    }
    List<FileDescriptor> found = new ArrayList<>();
    try {
      if ("jar".equals(url.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          for (JarEntry entry : jar.stream().toList()) {
            if (isOuterClassCandidate(entry.getName())) {
              try (InputStream in = jar.getInputStream(entry)) {
                addIfFileClass(loader, entry.getName(), in.readAllBytes(), found);
              }
            }
          }
        }
      } else if ("file".equals(url.getProtocol())) {
        Path classFile = Path.of(URI.create(url.toString()));
        Path root = classFile;
        for (int i = 0; i < anchor.getName().split("\\.").length; i++) {
          root = root.getParent();
        }
        Path base = root;
        try (Stream<Path> paths = Files.walk(base)) {
          for (Path p : paths.filter(Files::isRegularFile).toList()) {
            String name = base.relativize(p).toString().replace('\\', '/');
            if (isOuterClassCandidate(name)) {
              addIfFileClass(loader, name, Files.readAllBytes(p), found);
            }
          }
        }
      } else {
        throw new IllegalStateException("unsupported code source " + url);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot scan " + url + ": " + e.getMessage(), e);
    }
    return found;
  }

  private static boolean isOuterClassCandidate(String entryName) {
    return entryName.endsWith(".class")
        && !entryName.contains("$")
        && !entryName.startsWith("META-INF/")
        && !entryName.endsWith("module-info.class");
  }

  private static void addIfFileClass(
      ClassLoader loader, String entryName, byte[] bytes, List<FileDescriptor> found) {
    if (!contains(bytes, MARKER)) {
      return;
    }
    String className =
        entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.');
    try {
      Class<?> type = Class.forName(className, false, loader);
      Method method = type.getMethod("getDescriptor");
      if (Modifier.isStatic(method.getModifiers())
          && method.getReturnType() == FileDescriptor.class) {
        found.add((FileDescriptor) method.invoke(null));
      }
    } catch (ReflectiveOperationException | LinkageError e) {
      // not a usable generated outer class: skip it
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
