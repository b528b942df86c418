package io.meshward.config;

import io.meshward.engine.EngineWarmUp;
import io.meshward.engine.MutationEngine;
import io.meshward.engine.StandardValidators;
import io.meshward.engine.ValidationEngine;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.kubernetes.KubernetesDataplaneDirectory;
import io.meshward.policy.PolicyRoles;
import io.meshward.policy.mesh.MeshDeletionRule;
import io.meshward.schema.LazySchemaCheck;
import io.meshward.schema.RememberingSchemaCheck;
import io.meshward.xds.RenderCheck;
import io.meshward.xds.server.XdsServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
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
        new RememberingSchemaCheck(schemas),
        StandardValidators.create(envoy),
        new PolicyRoles(config.kuma().systemNamespaces()),
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

  private final LazySchemaCheck schemas = new LazySchemaCheck(EngineWarmUp::schemas);

  /** Whether the schemas are compiled and the common Envoy types loaded (full-speed answers). */
  public boolean warm() {
    return EngineWarmUp.done();
  }

  /**
   * Makes sure the engine's warm-up runs before traffic ({@code meshward serve} starts it before
   * Quarkus boots; tests start here).
   */
  void onStart(@Observes StartupEvent event, ValidationEngine engine) {
    EngineWarmUp.start();
    EngineWarmUp.whenDone(() -> LOG.debug("schemas compiled and common Envoy types loaded"));
  }
}
