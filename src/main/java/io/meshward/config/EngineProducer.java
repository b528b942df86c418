package io.meshward.config;

import io.meshward.engine.MutationEngine;
import io.meshward.engine.StandardValidators;
import io.meshward.engine.ValidationEngine;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.kubernetes.KubernetesDataplaneDirectory;
import io.meshward.policy.PolicyRoles;
import io.meshward.policy.mesh.MeshDeletionRule;
import io.meshward.schema.JsonSchemaCheck;
import io.meshward.schema.LazySchemaCheck;
import io.meshward.xds.RenderCheck;
import io.meshward.xds.server.XdsServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import org.jboss.logging.Logger;

/** {@code EngineProducer} wires the plain-Java engine into the application from configuration. */
@ApplicationScoped
public class EngineProducer {

  private static final Logger LOG = Logger.getLogger(EngineProducer.class);

  /** The validation engine the webhook uses. */
  @Produces
  @Singleton
  ValidationEngine validationEngine(
      MeshwardConfig config,
      KubernetesDataplaneDirectory dataplanes,
      MeterRegistry registry,
      XdsServer xds) {
    ProtoEnvoyValueParser envoy = new ProtoEnvoyValueParser(config.envoy().strictTypedConfig());
    return new ValidationEngine(
        schemas,
        StandardValidators.create(envoy),
        new PolicyRoles(new HashSet<>(config.kuma().systemNamespaces())),
        new MeshDeletionRule(dataplanes, config.kubernetes().failMode()),
        TrafficGuardsFactory.create(config.traffic(), registry),
        config.xds().renderCheck()
            ? List.of(
                new RenderCheck(
                    xds.renderer(),
                    xds.selection(),
                    xds.store(),
                    config.xds().renderCheckRepresentative()
                        == MeshwardConfig.RepresentativeFailure.DENY))
            : List.of());
  }

  /** The mutation engine the webhook uses ({@code POST /mutate}). */
  @Produces
  @ApplicationScoped
  MutationEngine mutationEngine() {
    return MutationEngine.standard();
  }

  private final LazySchemaCheck schemas = new LazySchemaCheck(JsonSchemaCheck::fromClasspath);
  private volatile boolean warm;

  /** Whether the Envoy type registry is built, so that requests are answered at full speed. */
  public boolean warm() {
    return warm;
  }

  /** Compiles the schemas and builds the Envoy type registry in the background, before traffic. */
  void onStart(@Observes StartupEvent event, ValidationEngine engine) {
    Thread warmUp =
        new Thread(
            () -> {
              long start = System.nanoTime();
              schemas.warmUp();
              ProtoEnvoyValueParser.warmUp();
              warm = true;
              LOG.debugf(
                  "schemas and Envoy type registry ready in %d ms",
                  (System.nanoTime() - start) / 1_000_000);
            },
            "meshward-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }
}
