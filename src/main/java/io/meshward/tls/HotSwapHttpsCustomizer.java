package io.meshward.tls;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyCertOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code HotSwapHttpsCustomizer} gives the HTTPS server a {@link SwappableKeyManager} loaded from
 * the configured PEM files, so that {@link CertificateReloader} can rotate the certificate in
 * place.
 */
@ApplicationScoped
public class HotSwapHttpsCustomizer implements HttpServerOptionsCustomizer {

  @ConfigProperty(name = "quarkus.tls.key-store.pem.0.cert")
  Optional<String> certificate;

  @ConfigProperty(name = "quarkus.tls.key-store.pem.0.key")
  Optional<String> key;

  @Inject Vertx vertx;

  private volatile SwappableKeyManager keyManager;

  @Override
  public void customizeHttpsServer(HttpServerOptions options) {
    if (certificate.isEmpty() || key.isEmpty()) {
      return;
    }
    keyManager = new SwappableKeyManager(material());
    options.setKeyCertOptions(KeyCertOptions.wrap(keyManager));
  }

  /** The key manager in use, or {@code null} when HTTPS is not configured from PEM files. */
  SwappableKeyManager keyManager() {
    return keyManager;
  }

  /** Loads the configured files. */
  PemKeyMaterial material() {
    return PemKeyMaterial.load(
        vertx, Path.of(certificate.orElseThrow()), Path.of(key.orElseThrow()));
  }
}
