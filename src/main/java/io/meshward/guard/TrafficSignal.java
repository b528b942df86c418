package io.meshward.guard;

/**
 * {@code TrafficSignal} is the kind of traffic a guard asks about. Each signal has its own query
 * template ({@code meshward.traffic.prometheus.queries.*}) and its own reading of a stats snapshot.
 */
public enum TrafficSignal {
  /** Connections through the outbound passthrough clusters (destinations outside the mesh). */
  PASSTHROUGH("passthrough", "outbound passthrough traffic"),
  /** Plaintext connections arriving on the inbound listeners (clients outside the mesh). */
  PLAINTEXT_INBOUND("plaintext-inbound", "plaintext inbound traffic"),
  /** Any connection arriving on the inbound clusters of the mesh's proxies. */
  INBOUND("inbound", "inbound traffic"),
  /**
   * Connections through the inbound passthrough clusters: to ports of the proxies that no inbound
   * of their Dataplane declares.
   */
  INBOUND_PASSTHROUGH("inbound-passthrough", "inbound passthrough traffic");

  private final String key;
  private final String description;

  TrafficSignal(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** The configuration key, e.g. {@code plaintext-inbound}. */
  public String key() {
    return key;
  }

  /** What the signal measures, for messages, e.g. {@code outbound passthrough traffic}. */
  public String description() {
    return description;
  }
}
