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

  /** Kubernetes names are at most 253 characters; longer ones (never stored) are cut in the log. */
  static final int MAX_NAME = 253;

  /** A denial's message is cut after this many characters in the log (the answer keeps it all). */
  static final int MAX_MESSAGE = 4_096;

  private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();
  private final Duration period;
  private final Clock clock;

  DenialLog(Duration period, Clock clock) {
    this.period = period;
    this.clock = clock;
  }

  /** Logs the denial unless the same object was logged within the period; true when logged. */
  boolean log(String webhook, AdmissionRequestView request, String rules, String message) {
    String kind = cut(request.kind(), MAX_NAME);
    String namespace = cut(request.namespace(), MAX_NAME);
    String name = cut(request.name(), MAX_NAME);
    String key = kind + "/" + namespace + "/" + name;
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
        kind,
        namespace,
        name,
        request.username().isEmpty() ? "(unknown)" : cut(request.username(), MAX_NAME),
        rules,
        cut(message, MAX_MESSAGE));
    return true;
  }

  /** {@code text} when it has at most {@code max} characters, else its start and a mark. */
  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
  }
}
