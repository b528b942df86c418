package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The passthrough resources equal Kuma's transparent-proxy golden files byte for byte. */
class TransparentProxyGeneratorTest {

  static final Path KUMA = Path.of("src/test/resources/kuma-examples/xds-golden");

  private static String render(boolean ipv6, boolean unified, boolean passthrough)
      throws Exception {
    ProxyIdentity proxy = ProxyIdentity.of("default", "web", "demo").withFlags(ipv6, unified);
    ResourceSet set =
        new TransparentProxyGenerator(PassthroughOptions.kuma()).generate(proxy, passthrough);
    return XdsOutput.yaml(XdsOutput.document(set));
  }

  @Test
  void ipv4Only() throws Exception {
    assertThat(render(false, false, true))
        .isEqualTo(Files.readString(KUMA.resolve("transparent-proxy-04-ipv4-only.golden.yaml")));
  }

  @Test
  void dualStackLegacyNames() throws Exception {
    assertThat(render(true, false, true))
        .isEqualTo(
            Files.readString(
                KUMA.resolve("transparent-proxy-02-dualstack-legacy-names.golden.yaml")));
  }

  @Test
  void unifiedNaming() throws Exception {
    assertThat(render(true, true, true))
        .isEqualTo(
            Files.readString(KUMA.resolve("transparent-proxy-05-unified-naming.golden.yaml")));
  }

  @Test
  void passthroughOffOmitsOutboundClustersKeepsListeners() throws Exception {
    ProxyIdentity proxy = ProxyIdentity.of("default", "web", "demo");
    ResourceSet set =
        new TransparentProxyGenerator(PassthroughOptions.kuma()).generate(proxy, false);
    assertThat(set.get(XdsTypes.CLUSTER, "outbound:passthrough:ipv4")).isEmpty();
    assertThat(set.get(XdsTypes.LISTENER, "outbound:passthrough:ipv4")).isPresent();
    assertThat(set.get(XdsTypes.CLUSTER, "inbound:passthrough:ipv4")).isPresent();
  }
}
