package io.meshward.cli;

import io.meshward.core.FieldPath;
import io.meshward.core.KumaResource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code KumaPaths} reads a Kuma-style field path as the engine reports it ({@code
 * spec.to[0].targetRef.kind}, {@code metadata.labels["kuma.io/mesh"]}) and lists the JSON pointers,
 * in the Kubernetes form of the object, that may hold the offending node, best first.
 *
 * <p>Kuma names some fields by where they live in its own model rather than in the manifest: {@code
 * mesh} is the {@code kuma.io/mesh} label, {@code labels[…]} are the metadata labels, {@code name}
 * and a Mesh's {@code spec.name} are {@code metadata.name}.
 */
final class KumaPaths {

  private KumaPaths() {}

  /** Candidate pointers for {@code field}; the empty pointer (the whole object) for "". */
  static List<String> candidates(String field) {
    FieldPath path = parse(field);
    List<Object> segments = path.segments();
    List<String> out = new ArrayList<>();
    out.add(path.toJsonPointer());
    if (segments.isEmpty()) {
      return out;
    }
    Object first = segments.get(0);
    if (segments.size() == 1 && "mesh".equals(first)) {
      out.add(
          0,
          FieldPath.root("metadata").field("labels").key(KumaResource.MESH_LABEL).toJsonPointer());
    } else if ("labels".equals(first) || (segments.size() == 1 && "name".equals(first))) {
      out.add(0, "/metadata" + path.toJsonPointer());
    } else if (segments.size() == 2 && "spec".equals(first) && "name".equals(segments.get(1))) {
      out.add("/metadata/name");
    }
    return out;
  }

  /** Parses {@code .field}, {@code [index]} and {@code ["key"]} segments. */
  static FieldPath parse(String field) {
    FieldPath path = FieldPath.empty();
    int i = 0;
    int n = field.length();
    while (i < n) {
      char c = field.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[' && i + 1 < n && field.charAt(i + 1) == '"') {
        int end = field.indexOf("\"]", i + 2);
        end = end < 0 ? n : end;
        path = path.key(field.substring(i + 2, end));
        i = Math.min(n, end + 2);
      } else if (c == '[') {
        int end = field.indexOf(']', i);
        end = end < 0 ? n : end;
        String inside = field.substring(i + 1, end);
        path =
            inside.chars().allMatch(Character::isDigit) && !inside.isEmpty()
                ? path.index(Integer.parseInt(inside))
                : path.key(inside);
        i = Math.min(n, end + 1);
      } else {
        int end = i;
        while (end < n && field.charAt(end) != '.' && field.charAt(end) != '[') {
          end++;
        }
        path = path.field(field.substring(i, end));
        i = end;
      }
    }
    return path;
  }
}
