package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.meshward.core.Json;
import io.meshward.envoy.EnvoyJson;
import io.meshward.envoy.EnvoyTypeRegistry;
import io.meshward.envoy.EnvoyValueException;
import io.meshward.envoy.JsonpbReader;
import java.io.IOException;

/**
 * {@code ProtoJson} converts Envoy messages to and from protojson trees (lowerCamelCase names,
 * {@code Any} resolved through {@link EnvoyTypeRegistry}). Parsing ignores unknown fields, as
 * Kuma's {@code FromJSON} does.
 */
public final class ProtoJson {

  private ProtoJson() {}

  /** The protojson form of {@code message}. */
  public static ObjectNode toJson(Message message) throws XdsException {
    try {
      String json =
          EnvoyJson.print(JsonFormat.printer().omittingInsignificantWhitespace(), message);
      return (ObjectNode) Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new XdsException(oneLine(e));
    }
  }

  /**
   * Reads {@code json} into a new message of {@code prototype}'s type as Kuma's {@code FromJSON}
   * does: the legacy jsonpb decoder, unknown fields ignored ({@link JsonpbReader}).
   */
  public static Message fromJson(JsonNode json, Message prototype) throws XdsException {
    Message.Builder builder = prototype.newBuilderForType();
    try {
      merge(JsonpbReader.read(json, builder.getDescriptorForType()).json(), builder);
    } catch (EnvoyValueException e) {
      throw new XdsException(e.getMessage());
    }
    return builder.build();
  }

  /** Parses {@code json} as the type named by its {@code @type}. */
  public static Message fromTypedJson(JsonNode json) throws XdsException {
    String typeUrl = json.path("@type").asText("");
    Descriptor type = EnvoyTypeRegistry.get().forTypeUrl(typeUrl);
    if (type == null) {
      throw new XdsException("unknown resource type \"" + typeUrl + "\"");
    }
    ObjectNode body = ((ObjectNode) json).deepCopy();
    body.remove("@type");
    Message.Builder builder = prototypeOf(type).newBuilderForType();
    merge(body, builder);
    return builder.build();
  }

  /** The generated default instance for a type, or a dynamic message when none is loaded. */
  static Message prototypeOf(Descriptor type) {
    return EnvoyTypeRegistry.prototype(type);
  }

  private static void merge(JsonNode json, Message.Builder builder) throws XdsException {
    try {
      EnvoyJson.merge(JsonFormat.parser().ignoringUnknownFields(), json, builder);
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      throw new XdsException(oneLine(e));
    }
  }

  static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
