package io.meshward.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which role Kuma gives a policy, and when the {@code kuma.io/policy-role} label counts. */
class PolicyRolesTest {

  private static final PolicyRoles ROLES = new PolicyRoles(Set.of("kuma-system"));

  private static PolicyRole role(String yaml) throws Exception {
    return ROLES.roleOf(KumaResource.of(Json.YAML.readTree(yaml)));
  }

  private static String patch(String namespace, String labels) {
    return "apiVersion: kuma.io/v1alpha1\nkind: MeshProxyPatch\nmetadata: {name: p, namespace: "
        + namespace
        + ", labels: "
        + labels
        + "}\nspec: {targetRef: {kind: MeshGateway, name: gw}}";
  }

  @Test
  void kumaRecomputesTheRoleOfLocalNamespacedPolicies() throws Exception {
    assertThat(role(patch("app", "{kuma.io/policy-role: system}")))
        .isEqualTo(PolicyRole.WORKLOAD_OWNER);
    assertThat(role(patch("kuma-system", "{kuma.io/policy-role: workload-owner}")))
        .isEqualTo(PolicyRole.SYSTEM);
    assertThat(role(patch("app", "{kuma.io/origin: zone, kuma.io/policy-role: system}")))
        .isEqualTo(PolicyRole.WORKLOAD_OWNER);
  }

  @Test
  void syncedAndUniversalPoliciesKeepTheirLabel() throws Exception {
    assertThat(
            role(patch("kuma-system", "{kuma.io/origin: global, kuma.io/policy-role: producer}")))
        .isEqualTo(PolicyRole.PRODUCER);
    assertThat(
            role(
                "type: MeshProxyPatch\nname: p\nmesh: default\n"
                    + "labels: {kuma.io/policy-role: workload-owner}\nspec: {}"))
        .isEqualTo(PolicyRole.WORKLOAD_OWNER);
    assertThat(role("type: MeshProxyPatch\nname: p\nmesh: default\nspec: {}"))
        .isEqualTo(PolicyRole.SYSTEM);
  }

  @Test
  void consumerAndProducerComeFromTheToItems() throws Exception {
    String timeout =
        "apiVersion: kuma.io/v1alpha1\nkind: MeshTimeout\nmetadata: {name: t, namespace: app}\n"
            + "spec: {to: [{targetRef: {kind: MeshService, name: %s}}]}";
    assertThat(role(timeout.formatted("backend"))).isEqualTo(PolicyRole.PRODUCER);
    assertThat(role(timeout.formatted("backend, namespace: other"))).isEqualTo(PolicyRole.CONSUMER);
  }
}
