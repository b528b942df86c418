package io.meshward.config;

import io.meshward.engine.ValidationEngine;
import io.meshward.kubernetes.KubernetesDataplaneDirectory;
import io.meshward.policy.KindValidator;
import io.meshward.policy.PolicyRoles;
import io.meshward.policy.mesh.MeshDeletionRule;
import io.meshward.policy.mesh.MeshValidator;
import io.meshward.schema.SchemaCheck;
import io.meshward.schema.SchemaReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashSet;
import java.util.List;

/** {@code EngineProducer} wires the plain-Java engine into the application from configuration. */
@ApplicationScoped
public class EngineProducer {

  /** The validation engine the webhook uses. */
  @Produces
  @ApplicationScoped
  ValidationEngine validationEngine(
      MeshwardConfig config, KubernetesDataplaneDirectory dataplanes) {
    SchemaCheck schema = (kind, object) -> SchemaReport.clean();
    List<KindValidator> validators = List.of(new MeshValidator());
    return new ValidationEngine(
        schema,
        validators,
        new PolicyRoles(new HashSet<>(config.kuma().systemNamespaces())),
        new MeshDeletionRule(dataplanes, config.kubernetes().failMode()));
  }
}
