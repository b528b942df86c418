package io.meshward.cli.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.xds.XdsOutput;

/** {@code OutputFormat} is the {@code -o} of the xds commands. */
enum OutputFormat {
  yaml,
  json;

  String render(JsonNode doc) {
    return this == json ? XdsOutput.json(doc) : XdsOutput.yaml(doc);
  }
}
