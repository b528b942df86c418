package io.meshward.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.RuleWithOperations;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.meshward.admission.ValidateResource;
import io.meshward.config.MeshwardConfig;
import io.meshward.core.KumaKind;
import io.meshward.kubernetes.KumaReads;
import io.smallrye.config.WithDefault;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Renders {@code deploy/} and checks the invariants the webhook depends on. */
class DeployManifestsTest {

  static final java.nio.file.Path BASE = java.nio.file.Path.of("deploy/base");
  static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  final List<JsonNode> objects = Kustomization.render(BASE);
  final Deployment deployment = typed("Deployment", "meshward", Deployment.class);
  final Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
  final String namespace = deployment.getMetadata().getNamespace();

  DeployManifestsTest() throws IOException {}

  <T> T typed(String kind, String name, Class<T> type) {
    return SERIALIZATION.convertValue(Kustomization.find(objects, kind, name), type);
  }

  static Properties applicationProperties() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(java.nio.file.Path.of("src/main/resources/application.properties"))) {
      p.load(in);
    }
    return p;
  }

  @Test
  void webhookPathsAreTheServersRoutes() {
    ValidatingWebhook validating =
        typed("ValidatingWebhookConfiguration", "meshward", ValidatingWebhookConfiguration.class)
            .getWebhooks()
            .get(0);
    assertThat(validating.getClientConfig().getService().getPath())
        .isEqualTo(ValidateResource.class.getAnnotation(Path.class).value());
    MutatingWebhook mutating =
        typed("MutatingWebhookConfiguration", "meshward", MutatingWebhookConfiguration.class)
            .getWebhooks()
            .get(0);
    assertThat(mutating.getClientConfig().getService().getPath()).isEqualTo("/mutate");
  }

  @Test
  void serviceReachesTheServersHttpsPort() throws IOException {
    Service service = typed("Service", "meshward", Service.class);
    var port = service.getSpec().getPorts().get(0);
    assertThat(port.getPort()).isEqualTo(443);
    var containerPort =
        container.getPorts().stream()
            .filter(p -> p.getName().equals(port.getTargetPort().getStrVal()))
            .findFirst()
            .orElseThrow();
    assertThat(containerPort.getContainerPort())
        .isEqualTo(Integer.parseInt(applicationProperties().getProperty("quarkus.http.ssl-port")));
    assertThat(service.getSpec().getSelector())
        .isEqualTo(deployment.getSpec().getTemplate().getMetadata().getLabels());
  }

  @Test
  void webhooksAreSafeForTheApiServer() {
    ValidatingWebhook v =
        typed("ValidatingWebhookConfiguration", "meshward", ValidatingWebhookConfiguration.class)
            .getWebhooks()
            .get(0);
    MutatingWebhook m =
        typed("MutatingWebhookConfiguration", "meshward", MutatingWebhookConfiguration.class)
            .getWebhooks()
            .get(0);
    assertThat(v.getSideEffects()).isEqualTo("None");
    assertThat(m.getSideEffects()).isEqualTo("None");
    assertThat(v.getAdmissionReviewVersions()).containsExactly("v1");
    assertThat(m.getAdmissionReviewVersions()).containsExactly("v1");
    assertThat(v.getTimeoutSeconds()).isBetween(1, 5);
    assertThat(m.getTimeoutSeconds()).isBetween(1, 3);
    assertThat(v.getFailurePolicy()).isEqualTo("Fail");
    assertThat(m.getFailurePolicy()).isEqualTo("Ignore");
    assertThat(m.getReinvocationPolicy()).isEqualTo("IfNeeded");
    assertThat(v.getMatchPolicy()).isEqualTo("Equivalent");
    assertThat(m.getMatchPolicy()).isEqualTo("Equivalent");
    for (var selector : List.of(v.getNamespaceSelector(), m.getNamespaceSelector())) {
      var expression = selector.getMatchExpressions().get(0);
      assertThat(expression.getKey()).isEqualTo("kubernetes.io/metadata.name");
      assertThat(expression.getOperator()).isEqualTo("NotIn");
      assertThat(expression.getValues()).contains(namespace, "kube-system");
    }
  }

  @Test
  void webhookRulesCoverExactlyTheKumaKinds() {
    Set<String> plurals =
        Arrays.stream(KumaKind.values()).map(KumaKind::plural).collect(Collectors.toSet());
    List<RuleWithOperations> rules =
        typed("ValidatingWebhookConfiguration", "meshward", ValidatingWebhookConfiguration.class)
            .getWebhooks()
            .get(0)
            .getRules();
    assertThat(rules.get(0).getResources()).containsExactlyInAnyOrderElementsOf(plurals);
    assertThat(rules.get(0).getOperations()).containsExactlyInAnyOrder("CREATE", "UPDATE");
    assertThat(rules.get(1).getOperations()).containsExactly("DELETE");
    assertThat(rules.get(1).getResources()).containsExactly(KumaKind.MESH.plural());
    for (RuleWithOperations rule : rules) {
      assertThat(rule.getApiGroups()).containsExactly(KumaKind.GROUP);
    }
    List<String> mutated =
        typed("MutatingWebhookConfiguration", "meshward", MutatingWebhookConfiguration.class)
            .getWebhooks()
            .get(0)
            .getRules()
            .get(0)
            .getResources();
    assertThat(plurals).containsAll(mutated);
  }

  @Test
  void servingCertificateCoversTheServiceAndIsMountedAsADirectory() {
    JsonNode cert = Kustomization.find(objects, "Certificate", "meshward-serving");
    List<String> dnsNames =
        SERIALIZATION.convertValue(cert.path("spec").path("dnsNames"), List.class);
    assertThat(dnsNames).contains("meshward." + namespace + ".svc");
    String injectFrom =
        typed("ValidatingWebhookConfiguration", "meshward", ValidatingWebhookConfiguration.class)
            .getMetadata()
            .getAnnotations()
            .get("cert-manager.io/inject-ca-from");
    assertThat(injectFrom).isEqualTo(namespace + "/meshward-serving");
    String secret = cert.path("spec").path("secretName").asText();
    var volume =
        deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
            .filter(vol -> vol.getSecret() != null)
            .findFirst()
            .orElseThrow();
    assertThat(volume.getSecret().getSecretName()).isEqualTo(secret);
    var mount =
        container.getVolumeMounts().stream()
            .filter(m -> m.getName().equals(volume.getName()))
            .findFirst()
            .orElseThrow();
    assertThat(mount.getSubPath()).as("never subPath: rotation must reach the pod").isNull();
    var env =
        container.getEnv().stream()
            .filter(e -> e.getName().startsWith("QUARKUS_TLS_KEY_STORE_PEM_0_"))
            .toList();
    assertThat(env).hasSize(2);
    env.forEach(e -> assertThat(e.getValue()).startsWith(mount.getMountPath() + "/"));
  }

  @Test
  void rbacGrantsOnlyWhatTheCodeReads() {
    ClusterRole role = typed("ClusterRole", "meshward-reader", ClusterRole.class);
    assertThat(role.getRules()).hasSize(1);
    var rule = role.getRules().get(0);
    assertThat(rule.getApiGroups()).containsExactly(KumaKind.GROUP);
    assertThat(rule.getResources()).containsExactlyInAnyOrderElementsOf(KumaReads.RESOURCES);
    assertThat(rule.getVerbs()).containsExactlyInAnyOrderElementsOf(KumaReads.VERBS);
  }

  @Test
  void everyReplicaWatchesTheClusterWithinTheProbesPatience() throws Exception {
    assertThat(container.getEnv())
        .anySatisfy(
            e -> {
              assertThat(e.getName()).isEqualTo("MESHWARD_KUBERNETES_WATCH");
              assertThat(e.getValue()).isEqualTo("true");
            });
    // The startup probe must not kill a replica that waits for its first listing: it asks
    // /q/health/started, which does not include readiness, for longer than the sync timeout.
    var startup = container.getStartupProbe();
    assertThat(startup.getHttpGet().getPath()).isEqualTo("/q/health/started");
    String syncTimeout =
        MeshwardConfig.Kubernetes.class
            .getMethod("watchSyncTimeout")
            .getAnnotation(WithDefault.class)
            .value();
    assertThat(syncTimeout).matches("\\d+s");
    assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
        .isGreaterThan(Integer.parseInt(syncTimeout.replace("s", "")));
  }

  @Test
  void podsAreHardenedAndHighlyAvailable() {
    var pod = deployment.getSpec().getTemplate().getSpec();
    assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(3);
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
    assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
    assertThat(container.getResources().getLimits()).containsKey("memory");
    PodDisruptionBudget pdb = typed("PodDisruptionBudget", "meshward", PodDisruptionBudget.class);
    assertThat(pdb.getSpec().getSelector().getMatchLabels())
        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    assertThat(pod.getAffinity().getPodAntiAffinity()).isNotNull();
    assertThat(pod.getTopologySpreadConstraints()).isNotEmpty();
  }

  @Test
  void warnOverlaySetsAnEnforcementTheServerKnows() throws IOException {
    List<JsonNode> warn = Kustomization.render(java.nio.file.Path.of("deploy/overlays/warn"));
    Deployment d =
        SERIALIZATION.convertValue(
            Kustomization.find(warn, "Deployment", "meshward"), Deployment.class);
    String value =
        d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
            .filter(e -> e.getName().equals("MESHWARD_ADMISSION_ENFORCEMENT"))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertThat(MeshwardConfig.Enforcement.valueOf(value.toUpperCase()))
        .isEqualTo(MeshwardConfig.Enforcement.WARN);
  }
}
