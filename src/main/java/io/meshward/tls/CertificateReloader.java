package io.meshward.tls;

import io.meshward.config.MeshwardConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code CertificateReloader} reloads the serving certificate when its files change (cert-manager
 * renewed the Secret and the kubelet swapped the volume), by swapping the key material of the
 * server's {@link SwappableKeyManager}. Quarkus's own {@code quarkus.tls.reload-period} rebuilds
 * the TLS context on every period, even when nothing changed, and handshakes that arrive while it
 * is rebuilt are dropped; the swap drops none.
 */
@ApplicationScoped
public class CertificateReloader {

  private static final Logger LOG = Logger.getLogger(CertificateReloader.class);

  @Inject HotSwapHttpsCustomizer https;
  @Inject MeterRegistry registry;
  @Inject MeshwardConfig config;

  @ConfigProperty(name = "quarkus.tls.key-store.pem.0.cert")
  Optional<String> certificate;

  @ConfigProperty(name = "quarkus.tls.key-store.pem.0.key")
  Optional<String> key;

  private ScheduledExecutorService timer;
  private Meter expiry;
  private byte[] fingerprint;

  void onStart(@Observes StartupEvent event) {
    if (certificate.isEmpty() || key.isEmpty()) {
      return;
    }
    expiry =
        Gauge.builder("meshward.certificate.expiry.timestamp.seconds", this, r -> r.expiresAt())
            .description("When the serving certificate expires (Unix time)")
            .register(registry);
    fingerprint = fingerprint();
    long period = config.tls().reloadPeriod().toMillis();
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "meshward-certificate-reloader");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::reloadIfChanged, period, period, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (timer != null) {
      timer.shutdownNow();
    }
    if (expiry != null) {
      // The registry can outlive this application (it is global), and a gauge bound to a stopped
      // reloader would hide the gauge of the next one, which registers under the same id.
      registry.remove(expiry);
    }
  }

  /** Expiry of the certificate served now, in seconds since the epoch; NaN when unknown. */
  double expiresAt() {
    SwappableKeyManager keyManager = https.keyManager();
    return keyManager == null
        ? Double.NaN
        : keyManager.current().leaf().getNotAfter().getTime() / 1000.0;
  }

  /** Reloads the default TLS configuration when the certificate or key files changed. */
  void reloadIfChanged() {
    byte[] now = fingerprint();
    if (now == null || Arrays.equals(now, fingerprint)) {
      return;
    }
    SwappableKeyManager keyManager = https.keyManager();
    if (keyManager == null) {
      return;
    }
    try {
      PemKeyMaterial next = https.material();
      keyManager.swap(next);
      fingerprint = now;
      LOG.infof(
          "serving certificate reloaded from %s (subject %s, expires %s)",
          certificate.get(),
          next.leaf().getSubjectX500Principal().getName(),
          next.leaf().getNotAfter().toInstant());
    } catch (RuntimeException e) {
      LOG.warnf(
          "serving certificate files changed but could not be loaded, keeping the old one: %s",
          e.getMessage());
    }
  }

  /** SHA-256 over both files, or {@code null} while they cannot be read (mid-rotation). */
  private byte[] fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Files.readAllBytes(Path.of(certificate.get())));
      digest.update(Files.readAllBytes(Path.of(key.get())));
      return digest.digest();
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
