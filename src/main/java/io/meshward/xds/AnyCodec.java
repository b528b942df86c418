package io.meshward.xds;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.meshward.envoy.EnvoyTypeRegistry;

/** {@code AnyCodec} unpacks {@code Any} payloads through the Envoy type registry. */
final class AnyCodec {

  private AnyCodec() {}

  /** The payload of {@code any} as its generated type (a dynamic message when none is loaded). */
  static Message unpack(Any any) throws XdsException {
    Descriptor type = EnvoyTypeRegistry.get().forTypeUrl(any.getTypeUrl());
    if (type == null) {
      throw new XdsException("unknown message type \"" + any.getTypeUrl() + "\"");
    }
    try {
      return ProtoJson.prototypeOf(type).getParserForType().parseFrom(any.getValue());
    } catch (InvalidProtocolBufferException e) {
      throw new XdsException(ProtoJson.oneLine(e));
    }
  }
}
