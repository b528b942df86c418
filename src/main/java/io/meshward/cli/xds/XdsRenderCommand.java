package io.meshward.cli.xds;

import io.meshward.core.KumaResource;
import io.meshward.policy.PolicyRoles;
import io.meshward.xds.ApiServerBypass;
import io.meshward.xds.MeshInputs;
import io.meshward.xds.PassthroughOptions;
import io.meshward.xds.PolicySelection;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.XdsException;
import io.meshward.xds.XdsOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code XdsRenderCommand} is {@code meshward xds render --mesh FILE [--patch FILE]...
 * [--passthrough-policy FILE] [--ipv6] [--unified-naming] [--feature NAME]... [--inbound-port
 * PORT]...}: one proxy's passthrough config with the given policies applied, in the output format
 * of {@code xds patch}. Policies of another mesh than {@code --mesh} do not apply, as in Kuma.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Print the passthrough config of one proxy of a mesh.")
final class XdsRenderCommand implements Callable<Integer> {

  /** Policy order with Kuma's default system namespaces. */
  static final PolicySelection SELECTION =
      new PolicySelection(new PolicyRoles(PolicyRoles.DEFAULT_SYSTEM_NAMESPACES));

  @Option(names = "--mesh", required = true, description = "Mesh (Kubernetes or Universal form)")
  Path mesh;

  @Option(names = "--patch", description = "MeshProxyPatch file (repeatable)")
  List<Path> patches = new ArrayList<>();

  @Option(names = "--passthrough-policy", description = "MeshPassthrough file")
  Path passthrough;

  @Option(names = "--ipv6", description = "dual stack (IPv4 and IPv6 resources)")
  boolean ipv6;

  @Option(names = "--unified-naming", description = "Kuma's unified resource names")
  boolean unifiedNaming;

  @Option(
      names = "--feature",
      paramLabel = "NAME",
      description =
          "a kuma-dp feature the proxy advertises, e.g. feature-strict-inbound-ports (repeatable)")
  List<String> features = new ArrayList<>();

  @Option(
      names = "--inbound-port",
      paramLabel = "PORT",
      description = "a port of the proxy's inbounds, in order (repeatable)")
  List<Integer> inboundPorts = new ArrayList<>();

  @Option(
      names = "--kube-api-server",
      paramLabel = "HOST:PORT",
      description =
          "the Kubernetes API server: with passthrough off, Kuma's API-server bypass is added")
  String kubeApiServer;

  @Option(names = "--dataplane", defaultValue = "app", description = "Dataplane name (default app)")
  String dataplane;

  @Option(names = "--namespace", defaultValue = "default", description = "Dataplane namespace")
  String namespace;

  @Option(
      names = "--connect-timeout",
      defaultValue = "10s",
      description = "passthrough connect timeout, e.g. 5s (default 10s)")
  String connectTimeout;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "yaml",
      description = "yaml or json")
  OutputFormat output;

  @Override
  public Integer call() {
    MeshInputs inputs;
    ProxyIdentity proxy;
    PassthroughOptions options;
    Optional<ApiServerBypass> apiServer;
    try {
      List<KumaResource> meshes = KumaFiles.objects(mesh, "Mesh");
      KumaResource meshObject = meshes.get(0);
      List<KumaResource> patchObjects = new ArrayList<>();
      for (Path p : patches) {
        patchObjects.addAll(KumaFiles.objects(p, "MeshProxyPatch"));
      }
      List<KumaResource> passthroughs =
          passthrough == null ? List.of() : KumaFiles.objects(passthrough, "MeshPassthrough");
      inputs = new MeshInputs(meshObject, patchObjects, passthroughs);
      proxy =
          new ProxyIdentity(meshObject.name(), dataplane, namespace, Map.of(), ipv6, unifiedNaming)
              .withFeatures(Set.copyOf(features));
      for (int port : inboundPorts) {
        if (port < 1 || port > 65535) {
          throw new InputException("invalid --inbound-port " + port + " (1 to 65535)");
        }
      }
      if (!inboundPorts.isEmpty()) {
        proxy =
            proxy.withInbounds(
                inboundPorts.stream().map(p -> new ProxyIdentity.Inbound(p, Map.of())).toList());
      }
      options = PassthroughOptions.withConnectTimeout(parseDuration(connectTimeout));
      apiServer = Optional.ofNullable(kubeApiServer).map(ApiServerBypass::parse);
    } catch (IllegalArgumentException | InputException e) {
      System.err.println("meshward xds render: " + e.getMessage());
      return XdsCommand.INPUT_ERROR;
    }
    try {
      var set = new ProxyRenderer(options, SELECTION, apiServer).render(proxy, inputs);
      System.out.print(output.render(XdsOutput.document(set)));
      return 0;
    } catch (XdsException e) {
      System.err.println("meshward xds render: " + e.getMessage());
      return XdsCommand.FAILED;
    }
  }

  private static Duration parseDuration(String text) throws InputException {
    try {
      return Duration.parse("PT" + text.toUpperCase());
    } catch (RuntimeException e) {
      throw new InputException("invalid duration \"" + text + "\" (use e.g. 5s, 1m30s)");
    }
  }
}
