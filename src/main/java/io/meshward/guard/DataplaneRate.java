package io.meshward.guard;

/**
 * {@code DataplaneRate} is the measured value of one proxy.
 *
 * @param dataplane the {@code dataplane} label, or a description of the series when it has none
 * @param value the value (a rate per second or a count, see {@link TrafficAnswer#measure()})
 */
public record DataplaneRate(String dataplane, double value) {}
