package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import java.lang.reflect.Method;

/** {@code GeneratedTypes} reads descriptors from protoc-generated Java message classes. */
final class GeneratedTypes {

  private GeneratedTypes() {}

  /**
   * The descriptor of message {@code fullName}, read from the generated class {@code className} of
   * its top-level message (map entry types have no class of their own); null when absent.
   */
  static Descriptor descriptorOf(String className, String fullName) {
    Descriptor top;
    try {
      Class<?> type = Class.forName(className, true, GeneratedTypes.class.getClassLoader());
      Method method = type.getMethod("getDescriptor");
      if (!(method.invoke(null) instanceof Descriptor descriptor)) {
        return null;
      }
      top = descriptor;
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
    if (!fullName.startsWith(top.getFullName())) {
      return null;
    }
    Descriptor found = top;
    String rest = fullName.substring(top.getFullName().length());
    for (String name : rest.split("\\.")) {
      if (!name.isEmpty() && found != null) {
        found = found.findNestedTypeByName(name);
      }
    }
    return found;
  }

  /**
   * The binary name of the class protoc generates for the top-level message holding {@code type}.
   */
  static String classNameOf(Descriptor type) {
    while (type.getContainingType() != null) {
      type = type.getContainingType();
    }
    return messageClassName(type);
  }

  /** The binary name of the class protoc generates for {@code type} (nested with {@code $}). */
  static String messageClassName(Descriptor type) {
    var options = type.getFile().getOptions();
    String pkg = options.hasJavaPackage() ? options.getJavaPackage() : type.getFile().getPackage();
    String local = type.getFullName().substring(type.getFile().getPackage().length() + 1);
    String outer = options.getJavaMultipleFiles() ? "" : outerClassName(type) + "$";
    return (pkg.isEmpty() ? "" : pkg + ".") + outer + local.replace('.', '$');
  }

  private static String outerClassName(Descriptor type) {
    var file = type.getFile();
    if (file.getOptions().hasJavaOuterClassname()) {
      return file.getOptions().getJavaOuterClassname();
    }
    String base = file.getName().substring(file.getName().lastIndexOf('/') + 1);
    base = base.endsWith(".proto") ? base.substring(0, base.length() - 6) : base;
    StringBuilder camel = new StringBuilder();
    boolean upper = true;
    for (char c : base.toCharArray()) {
      if (c == '_' || c == '-' || c == '.') {
        upper = true;
      } else if (Character.isDigit(c)) {
        camel.append(c);
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    String name = camel.toString();
    boolean clash = file.getMessageTypes().stream().anyMatch(m -> m.getName().equals(name));
    return clash ? name + "OuterClass" : name;
  }
}
