package io.meshward.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code EngineReadiness} reports ready once the engine is warm (schemas compiled, Envoy type
 * registry built), so that a new replica gets no admission traffic it would answer slowly.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

  @Inject EngineProducer engine;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("meshward-engine").status(engine.warm()).build();
  }
}
