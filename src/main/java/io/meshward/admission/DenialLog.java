package io.meshward.admission;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * {@code DenialLog} logs a denial once per object (kind, namespace, name) and period, with the user
 * and the rule, so that a controller retrying a refused object does not flood the log.
 */
final class DenialLog {

  private static final Logger LOG = Logger.getLogger("io.meshward.admission.denials");
  private static final int MAX_TRACKED = 10_000;

  private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();
  private final Duration period;
  private final Clock clock;

  DenialLog(Duration period, Clock clock) {
    this.period = period;
    this.clock = clock;
  }

  /** Logs the denial unless the same object was logged within the period; true when logged. */
  boolean log(String webhook, AdmissionRequestView request, String rules, String message) {
    String key = request.kind() + "/" + request.namespace() + "/" + request.name();
    long now = clock.millis();
    Long previous = lastLogged.get(key);
    if (previous != null && now - previous < period.toMillis()) {
      return false;
    }
    if (lastLogged.size() > MAX_TRACKED) {
      lastLogged.clear();
    }
    lastLogged.put(key, now);
    LOG.infof(
        "%s denied %s %s %s/%s for user %s (rule %s): %s",
        webhook,
        request.operation(),
        request.kind(),
        request.namespace(),
        request.name(),
        request.username().isEmpty() ? "(unknown)" : request.username(),
        rules,
        message);
    return true;
  }
}
