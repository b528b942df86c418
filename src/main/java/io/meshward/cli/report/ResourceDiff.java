package io.meshward.cli.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ResourceDiff} is the change of one xDS resource, like {@code kumactl inspect --shadow}
 * prints it: an RFC 6902 patch from the base resource to the head one (protojson). An added
 * resource is one {@code add} of the whole resource at {@code ""}, a removed one a {@code remove}.
 *
 * @param resource the resource name
 * @param type the type URL
 * @param change {@code added}, {@code removed} or {@code modified}
 * @param patch the RFC 6902 patch
 */
public record ResourceDiff(String resource, String type, String change, JsonNode patch) {

  /** The short type ({@code envoy.config.cluster.v3.Cluster}). */
  public String shortType() {
    int slash = type.lastIndexOf('/');
    return slash < 0 ? type : type.substring(slash + 1);
  }
}
