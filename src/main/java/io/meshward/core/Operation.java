package io.meshward.core;

/** {@code Operation} is the admission operation an object is checked for. */
public enum Operation {
  CREATE,
  UPDATE,
  DELETE,
  CONNECT;

  /** Parses an AdmissionRequest {@code operation}; {@code null} when it is not one of the four. */
  public static Operation parse(String value) {
    if (value == null) {
      return null;
    }
    for (Operation op : values()) {
      if (op.name().equals(value)) {
        return op;
      }
    }
    return null;
  }
}
