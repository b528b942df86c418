package io.meshward.cli.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.ResourceInput;
import io.meshward.xds.ResourceSet;
import io.meshward.xds.XdsException;
import io.meshward.xds.XdsOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code XdsPatchCommand} is {@code meshward xds patch --input FILE --patch FILE [-o yaml|json]}:
 * the MeshProxyPatch objects of {@code --patch} applied, in Kuma's policy order, to the resources
 * of {@code --input}; the result on stdout, and on stderr a warning for each modification that
 * selected nothing.
 */
@Command(
    name = "patch",
    mixinStandardHelpOptions = true,
    description = "Apply a MeshProxyPatch to a set of Envoy resources.")
final class XdsPatchCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      description = "resources: [{origin, resource}] or an Envoy admin config_dump (YAML/JSON)")
  Path input;

  @Option(
      names = "--patch",
      required = true,
      description = "MeshProxyPatch (Kubernetes or Universal form)")
  Path patch;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "yaml",
      description = "yaml or json")
  OutputFormat output;

  @Override
  public Integer call() {
    ResourceSet set;
    List<KumaResource> patches;
    try {
      List<JsonNode> docs = KumaFiles.documents(input);
      if (docs.size() != 1) {
        throw new InputException(input + ": expected one document, found " + docs.size());
      }
      set = ResourceInput.read(docs.get(0));
      patches = KumaFiles.objects(patch, "MeshProxyPatch");
    } catch (InputException e) {
      System.err.println("meshward xds patch: " + e.getMessage());
      return XdsCommand.INPUT_ERROR;
    } catch (XdsException e) {
      System.err.println("meshward xds patch: " + input + ": " + e.getMessage());
      return XdsCommand.INPUT_ERROR;
    }
    try {
      List<String> warnings = new ArrayList<>();
      ProxyRenderer.applyPatches(set, sorted(patches), warnings);
      warnings.forEach(w -> System.err.println("meshward xds patch: warning: " + w));
      System.out.print(output.render(XdsOutput.document(set)));
      return 0;
    } catch (XdsException e) {
      System.err.println("meshward xds patch: " + e.getMessage());
      return XdsCommand.FAILED;
    }
  }

  private static List<KumaResource> sorted(List<KumaResource> patches) {
    return patches.stream().sorted(XdsRenderCommand.SELECTION.order()).toList();
  }
}
