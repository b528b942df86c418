package io.meshward.guard;

import java.util.Map;

/**
 * {@code ExpositionSample} is one sample line of the Prometheus text exposition format.
 *
 * @param name the metric name
 * @param labels the labels, unescaped
 * @param value the value ({@code NaN}, {@code +Inf} and {@code -Inf} included)
 */
public record ExpositionSample(String name, Map<String, String> labels, double value) {

  /** Copies the labels. */
  public ExpositionSample {
    labels = Map.copyOf(labels);
  }
}
