package io.meshward.kubernetes;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** Gives tests in other packages the Dataplane resource definition. */
public final class KubernetesDataplaneDirectoryAccess {

  /** {@code dataplanes.kuma.io}. */
  public static final ResourceDefinitionContext DATAPLANES =
      KubernetesDataplaneDirectory.DATAPLANES;

  private KubernetesDataplaneDirectoryAccess() {}
}
