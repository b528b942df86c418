package io.meshward.core;

import java.util.Arrays;
import java.util.List;

/**
 * {@code FieldPath} is an immutable Kuma-style field path such as {@code
 * spec.default.appendModifications[0].cluster.match} or {@code metadata.labels["kuma.io/mesh"]}.
 *
 * <p>It renders like Kuma's {@code validators.PathBuilder}: {@code .field}, {@code [index]} and
 * {@code ["map key"]}. It also renders as a JSON pointer, which is how source positions are found.
 */
public final class FieldPath {

  private static final FieldPath EMPTY = new FieldPath(null, null, 0);

  // A path is its parent plus one segment: extending one (done for every node a rule visits)
  // allocates one object instead of copying every segment.
  private final FieldPath parent;
  private final Object segment;
  private final int size;

  private FieldPath(FieldPath parent, Object segment, int size) {
    this.parent = parent;
    this.segment = segment;
    this.size = size;
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
    FieldPath out = this;
    for (Object s : other.raw()) {
      out = out.with(s);
    }
    return out;
  }

  /** The segments: {@link String} for fields and map keys, {@link Integer} for indexes. */
  public List<Object> segments() {
    return raw().stream()
        .map(s -> s instanceof Field f ? f.name : s instanceof Key k ? k.key : s)
        .toList();
  }

  /** Whether this path has no segment. */
  public boolean isEmpty() {
    return size == 0;
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
    return new FieldPath(this, segment, size + 1);
  }

  private List<Object> raw() {
    Object[] out = new Object[size];
    for (FieldPath p = this; p.size > 0; p = p.parent) {
      out[p.size - 1] = p.segment;
    }
    return Arrays.asList(out);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : raw()) {
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
