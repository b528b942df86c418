package io.meshward.cli;

import io.meshward.engine.FailMode;
import io.meshward.guard.PrometheusSettings;
import io.meshward.guard.TrafficGuards;
import io.meshward.guard.TrafficSource;
import io.meshward.guard.TrafficSources;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code TrafficOptions} are the live-traffic flags of {@code meshward check}: where traffic is
 * asked ({@code --stats FILE} or {@code --prometheus URL}, at most one), the rate window and the
 * fail mode. Without a source the guards allow with a "not verified" warning.
 *
 * @param stats the stats snapshot file, or {@code null}
 * @param prometheus the Prometheus base URL, or {@code null}
 * @param window the look-back window of Prometheus rates, e.g. {@code 5m}
 * @param failMode {@code closed} (deny when traffic cannot be verified) or {@code open} (warn)
 */
record TrafficOptions(String stats, String prometheus, String window, String failMode) {

  /** How a user of {@code check} switches to fail mode open. */
  static final String FAIL_OPEN_HINT = "run with --fail-mode open";

  private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})(s|m|h)");

  /**
   * The guard setup these options name.
   *
   * @throws IllegalArgumentException with a message for the user when an option is not usable
   */
  TrafficGuards guards() {
    if (stats != null && prometheus != null) {
      throw new IllegalArgumentException("--stats and --prometheus cannot be used together");
    }
    FailMode mode = parseFailMode();
    Duration rateWindow = window(window);
    TrafficSource source;
    if (stats != null) {
      Path file = Path.of(stats);
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new IllegalArgumentException("--stats " + stats + ": no such readable file");
      }
      source = TrafficSources.file(file);
    } else if (prometheus != null) {
      source =
          TrafficSources.prometheus(
              prometheusUri(prometheus), PrometheusSettings.defaults().withWindow(rateWindow));
    } else {
      source = TrafficSources.none();
    }
    return TrafficGuards.using(source).withFailMode(mode).withFailOpenHint(FAIL_OPEN_HINT);
  }

  /** Whether a traffic source is named. */
  boolean configured() {
    return stats != null || prometheus != null;
  }

  private FailMode parseFailMode() {
    return switch (failMode.toLowerCase(Locale.ROOT)) {
      case "closed" -> FailMode.CLOSED;
      case "open" -> FailMode.OPEN;
      default ->
          throw new IllegalArgumentException(
              "--fail-mode " + failMode + ": expected closed or open");
    };
  }

  /** Parses {@code 30s}, {@code 5m} or {@code 1h}. */
  static Duration window(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new IllegalArgumentException(
          "--traffic-window " + text + ": expected a duration such as 30s, 5m or 1h");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  private static URI prometheusUri(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--prometheus " + url + ": expected an http(s) URL such as http://prometheus:9090");
  }
}
