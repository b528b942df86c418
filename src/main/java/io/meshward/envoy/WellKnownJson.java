package io.meshward.envoy;

/** {@code WellKnownJson} names the {@code google.protobuf} types the checks treat specially. */
final class WellKnownJson {

  static final String ANY = "google.protobuf.Any";

  private WellKnownJson() {}
}
