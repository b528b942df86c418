package io.meshward.envoy;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;

/** {@code AnyPayload} reads an {@code Any} (generated or dynamic) through the type registry. */
final class AnyPayload {

  private AnyPayload() {}

  /** The type URL of {@code any}. */
  static String typeUrl(Message any) {
    return (String)
        any.getField(any.getDescriptorForType().findFieldByNumber(Any.TYPE_URL_FIELD_NUMBER));
  }

  /** The payload of {@code any}; null when its type is unknown or its bytes do not parse. */
  static Message unpack(Message any, EnvoyTypeRegistry registry) {
    Descriptor payload = registry.forTypeUrl(typeUrl(any));
    if (payload == null) {
      return null;
    }
    try {
      ByteString bytes =
          (ByteString)
              any.getField(any.getDescriptorForType().findFieldByNumber(Any.VALUE_FIELD_NUMBER));
      return EnvoyTypeRegistry.prototype(payload).getParserForType().parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      return null;
    }
  }
}
