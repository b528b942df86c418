package io.meshward.policy.mesh;

import java.util.regex.Pattern;

/**
 * {@code KumaDurations} holds the two duration formats a Mesh spec uses: Kuma's own {@code
 * ParseDuration} (one number and one unit of {@code y w d h m s ms}, or {@code 0}; used for {@code
 * dpCert.rotation.expiration}) and the protobuf JSON form of {@code google.protobuf.Duration}
 * ({@code 10s}, {@code 1.5s}; used for {@code requestTimeout}).
 */
final class KumaDurations {

  private static final Pattern KUMA = Pattern.compile("^([0-9]+)(y|w|d|h|m|s|ms)$");
  private static final Pattern PROTO = Pattern.compile("^-?[0-9]+(\\.[0-9]{1,9})?s$");

  private KumaDurations() {}

  /** Whether Kuma's {@code ParseDuration} accepts {@code value}. */
  static boolean isKumaDuration(String value) {
    return value.equals("0") || KUMA.matcher(value).matches();
  }

  /** Whether protojson accepts {@code value} as a {@code google.protobuf.Duration}. */
  static boolean isProtoDuration(String value) {
    if (!PROTO.matcher(value).matches()) {
      return false;
    }
    String seconds = value.substring(0, value.indexOf(value.contains(".") ? '.' : 's'));
    try {
      return Math.abs(Long.parseLong(seconds)) <= 315_576_000_000L;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
