package io.meshward.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code FieldPath} is an immutable Kuma-style field path such as {@code
 * spec.default.appendModifications[0].cluster.match} or {@code metadata.labels["kuma.io/mesh"]}.
 *
 * <p>It renders like Kuma's {@code validators.PathBuilder}: {@code .field}, {@code [index]} and
 * {@code ["map key"]}. It also renders as a JSON pointer, which is how source positions are found.
 */
public final class FieldPath {

  private static final FieldPath EMPTY = new FieldPath(List.of());

  private final List<Object> segments;

  private FieldPath(List<Object> segments) {
    this.segments = segments;
  }

  /** The empty path; {@code toString()} of it is the empty string. */
  public static FieldPath empty() {
    return EMPTY;
  }

  /** A path starting at {@code field}, e.g. {@code FieldPath.root("spec")}. */
  public static FieldPath root(String field) {
    return EMPTY.field(field);
  }

  /** This path extended by an object field. */
  public FieldPath field(String name) {
    return with(new Field(name));
  }

  /** This path extended by an array index. */
  public FieldPath index(int index) {
    return with(index);
  }

  /** This path extended by a map key, rendered as {@code ["key"]}. */
  public FieldPath key(String key) {
    return with(new Key(key));
  }

  /** This path followed by every segment of {@code other}. */
  public FieldPath append(FieldPath other) {
    List<Object> all = new ArrayList<>(segments);
    all.addAll(other.segments);
    return new FieldPath(Collections.unmodifiableList(all));
  }

  /** The segments: {@link String} for fields and map keys, {@link Integer} for indexes. */
  public List<Object> segments() {
    return segments.stream()
        .map(s -> s instanceof Field f ? f.name : s instanceof Key k ? k.key : s)
        .toList();
  }

  /** Whether this path has no segment. */
  public boolean isEmpty() {
    return segments.isEmpty();
  }

  /** The path as an RFC 6901 JSON pointer, e.g. {@code /spec/targetRef/kind}. */
  public String toJsonPointer() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments()) {
      sb.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  private FieldPath with(Object segment) {
    List<Object> all = new ArrayList<>(segments.size() + 1);
    all.addAll(segments);
    all.add(segment);
    return new FieldPath(Collections.unmodifiableList(all));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Field f) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(f.name);
      } else if (s instanceof Key k) {
        sb.append("[\"").append(k.key).append("\"]");
      } else {
        sb.append('[').append(s).append(']');
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  private record Field(String name) {}

  private record Key(String key) {}
}
