package io.meshward.xds;

/** {@code Durations} converts between {@link java.time.Duration} and the protobuf Duration. */
final class Durations {

  private Durations() {}

  static com.google.protobuf.Duration toProto(java.time.Duration d) {
    return com.google.protobuf.Duration.newBuilder()
        .setSeconds(d.getSeconds())
        .setNanos(d.getNano())
        .build();
  }
}
