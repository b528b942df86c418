package io.meshward.guard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code TrafficAnswer} is what a {@link TrafficSource} says about a {@link TrafficQuestion}: a
 * measurement, "cannot verify" with the reason, or "no source configured".
 *
 * @param status whether the answer holds a measurement
 * @param total the sum over all proxies (0 unless measured)
 * @param top the proxies with the highest values, highest first (at most {@link #TOP})
 * @param measure what the numbers are, e.g. {@code new connections/s over 5m}
 * @param reason why the traffic could not be verified; empty when measured
 */
public record TrafficAnswer(
    Status status, double total, List<DataplaneRate> top, String measure, String reason) {

  /** How many proxies an answer names. */
  public static final int TOP = 5;

  /** Whether an answer holds a measurement. */
  public enum Status {
    /** The source answered; {@code total} is the measurement. */
    MEASURED,
    /** The source could not answer (timeout, refused, HTTP error, unparsable, no data yet). */
    UNAVAILABLE,
    /** No source is configured; nothing was asked. */
    NOT_CONFIGURED
  }

  /** Copies {@code top}. */
  public TrafficAnswer {
    top = List.copyOf(top);
  }

  /** A measurement over {@code perDataplane}; keeps the {@link #TOP} highest. */
  public static TrafficAnswer measured(List<DataplaneRate> perDataplane, String measure) {
    double total = perDataplane.stream().mapToDouble(DataplaneRate::value).sum();
    List<DataplaneRate> top =
        perDataplane.stream()
            .filter(r -> r.value() > 0)
            .sorted(Comparator.comparingDouble(DataplaneRate::value).reversed())
            .limit(TOP)
            .toList();
    return new TrafficAnswer(Status.MEASURED, total, top, measure, "");
  }

  /** "Cannot verify", with the reason. */
  public static TrafficAnswer unavailable(String reason) {
    return new TrafficAnswer(Status.UNAVAILABLE, 0, List.of(), "", reason);
  }

  /** No source configured. */
  public static TrafficAnswer notConfigured() {
    return new TrafficAnswer(
        Status.NOT_CONFIGURED, 0, List.of(), "", "no traffic source is configured");
  }

  /** Whether this is a measurement above {@code threshold}. */
  public boolean liveAbove(double threshold) {
    return status == Status.MEASURED && total > threshold;
  }

  /** {@code 3.2 new connections/s over 5m; top dataplanes: web-1 (2.1), web-2 (1.1)}. */
  public String describe() {
    String text = number(total) + " " + measure;
    if (top.isEmpty()) {
      return text;
    }
    return text
        + "; top dataplanes: "
        + top.stream()
            .map(r -> r.dataplane() + " (" + number(r.value()) + ")")
            .collect(Collectors.joining(", "));
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }
}
