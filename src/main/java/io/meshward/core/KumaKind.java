package io.meshward.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code KumaKind} lists the Kuma kinds meshward knows: the Mesh and the targetRef policies whose
 * CRDs ship with Kuma v2.14.3. Objects of any other kind are allowed untouched.
 */
public enum KumaKind {
  MESH("Mesh", "meshes", false),
  MESH_ACCESS_LOG("MeshAccessLog", "meshaccesslogs", true),
  MESH_CIRCUIT_BREAKER("MeshCircuitBreaker", "meshcircuitbreakers", true),
  MESH_FAULT_INJECTION("MeshFaultInjection", "meshfaultinjections", true),
  MESH_HEALTH_CHECK("MeshHealthCheck", "meshhealthchecks", true),
  MESH_HTTP_ROUTE("MeshHTTPRoute", "meshhttproutes", true),
  MESH_LOAD_BALANCING_STRATEGY("MeshLoadBalancingStrategy", "meshloadbalancingstrategies", true),
  MESH_METRIC("MeshMetric", "meshmetrics", true),
  MESH_PASSTHROUGH("MeshPassthrough", "meshpassthroughs", true),
  MESH_PROXY_PATCH("MeshProxyPatch", "meshproxypatches", true),
  MESH_RATE_LIMIT("MeshRateLimit", "meshratelimits", true),
  MESH_RETRY("MeshRetry", "meshretries", true),
  MESH_TCP_ROUTE("MeshTCPRoute", "meshtcproutes", true),
  MESH_TIMEOUT("MeshTimeout", "meshtimeouts", true),
  MESH_TRACE("MeshTrace", "meshtraces", true),
  MESH_TRAFFIC_PERMISSION("MeshTrafficPermission", "meshtrafficpermissions", true);

  /** The API group of every Kuma kind. */
  public static final String GROUP = "kuma.io";

  /** The served version of every Kuma kind in 2.x, within {@link #GROUP}. */
  public static final String VERSION = "v1alpha1";

  /** The served API version of every Kuma kind in 2.x: {@code kuma.io/v1alpha1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  private static final Map<String, KumaKind> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(KumaKind::kindName, Function.identity()));

  private final String kindName;
  private final String plural;
  private final boolean policy;

  KumaKind(String kindName, String plural, boolean policy) {
    this.kindName = kindName;
    this.plural = plural;
    this.policy = policy;
  }

  /** The kind as written in {@code kind:}, e.g. {@code MeshProxyPatch}. */
  public String kindName() {
    return kindName;
  }

  /** The resource plural, e.g. {@code meshproxypatches}. */
  public String plural() {
    return plural;
  }

  /** Whether this is a mesh-scoped, namespaced policy (every kind but Mesh). */
  public boolean isPolicy() {
    return policy;
  }

  /**
   * Whether the kind's CRD leaves {@code spec} unchecked ({@code
   * x-kubernetes-preserve-unknown-fields}, the Mesh): what its schema refuses is then not refused
   * by the API server but fails Kuma's decoding of the spec, a 400 from the webhook.
   */
  public boolean specCheckedOnlyByDecoding() {
    return this == MESH;
  }

  /** The kind spelled exactly {@code name}. */
  public static Optional<KumaKind> of(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The schema file name under {@code schemas/}, e.g. {@code meshproxypatch.json}. */
  public String schemaFile() {
    return kindName.toLowerCase(Locale.ROOT) + ".json";
  }
}
