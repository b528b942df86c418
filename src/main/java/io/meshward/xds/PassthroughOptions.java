package io.meshward.xds;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code PassthroughOptions} are the values the passthrough clusters and listeners get.
 *
 * <p>The connect timeout is always written. Circuit breaker thresholds and the tcp_proxy idle
 * timeout are not written unless overridden: Kuma leaves them to Envoy's built-in values (1024 /
 * 1024 / 1024 / 3 and 1h), so a MeshProxyPatch that sets thresholds yields exactly one entry, as in
 * Kong Mesh. {@link #effective()} reports what Envoy applies either way.
 *
 * @param connectTimeout connect timeout of the passthrough clusters
 * @param maxConnections explicit circuit breaker override, or empty
 * @param maxPendingRequests explicit circuit breaker override, or empty
 * @param maxRequests explicit circuit breaker override, or empty
 * @param maxRetries explicit circuit breaker override, or empty
 * @param idleTimeout explicit tcp_proxy idle timeout of the outbound passthrough listeners, or
 *     empty
 */
public record PassthroughOptions(
    Duration connectTimeout,
    OptionalInt maxConnections,
    OptionalInt maxPendingRequests,
    OptionalInt maxRequests,
    OptionalInt maxRetries,
    Optional<Duration> idleTimeout) {

  /** The seed documentation's connect timeout (Kuma up to 2.5). */
  public static final Duration SEED_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The connect timeout Kuma 2.6+ writes (its golden files). */
  public static final Duration KUMA_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** Only a connect timeout; everything else left to Envoy. */
  public static PassthroughOptions withConnectTimeout(Duration connectTimeout) {
    OptionalInt none = OptionalInt.empty();
    return new PassthroughOptions(connectTimeout, none, none, none, none, Optional.empty());
  }

  /** What Kuma 2.6+ writes: 5s, nothing else. */
  public static PassthroughOptions kuma() {
    return withConnectTimeout(KUMA_CONNECT_TIMEOUT);
  }

  /** The defaults of the seed documentation: 10s, nothing else. */
  public static PassthroughOptions defaults() {
    return withConnectTimeout(SEED_CONNECT_TIMEOUT);
  }

  /** Whether any circuit breaker threshold is overridden. */
  public boolean hasThresholds() {
    return maxConnections.isPresent()
        || maxPendingRequests.isPresent()
        || maxRequests.isPresent()
        || maxRetries.isPresent();
  }

  /** The values Envoy applies to passthrough traffic, written or built in. */
  public Map<String, Object> effective() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("connectTimeout", seconds(connectTimeout));
    out.put("maxConnections", maxConnections.orElse(1024));
    out.put("maxPendingRequests", maxPendingRequests.orElse(1024));
    out.put("maxRequests", maxRequests.orElse(1024));
    out.put("maxRetries", maxRetries.orElse(3));
    out.put("idleTimeout", seconds(idleTimeout.orElse(Duration.ofHours(1))));
    return out;
  }

  private static String seconds(Duration d) {
    return d.getNano() == 0
        ? d.getSeconds() + "s"
        : String.format("%.9fs", d.toNanos() / 1e9).replaceAll("0+s$", "s");
  }
}
