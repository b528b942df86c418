package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code EnvoyJson} runs protobuf's {@link JsonFormat} with {@code Any} payloads resolved through
 * {@link EnvoyTypeRegistry}, loading the types a document names on demand. The printer and parser
 * passed in must not have a type registry of their own.
 */
public final class EnvoyJson {

  private EnvoyJson() {}

  /** {@code printer.print(message)}, resolving the {@code Any} payloads it holds. */
  public static String print(JsonFormat.Printer printer, MessageOrBuilder message)
      throws InvalidProtocolBufferException {
    EnvoyTypeRegistry registry = EnvoyTypeRegistry.get();
    try {
      return printer.usingTypeRegistry(registry.jsonRegistryFor(List.of())).print(message);
    } catch (InvalidProtocolBufferException e) {
      // a payload type not loaded yet: find every one the message holds and print again
      Set<String> typeUrls = new LinkedHashSet<>();
      collect(message, typeUrls);
      return printer.usingTypeRegistry(registry.jsonRegistryFor(typeUrls)).print(message);
    }
  }

  /** {@code parser.merge(json, builder)}, resolving every {@code @type} the tree names. */
  public static void merge(JsonFormat.Parser parser, JsonNode json, Message.Builder builder)
      throws InvalidProtocolBufferException {
    Set<String> typeUrls = new LinkedHashSet<>();
    collect(json, typeUrls);
    parser
        .usingTypeRegistry(EnvoyTypeRegistry.get().jsonRegistryFor(typeUrls))
        .merge(json.toString(), builder);
  }

  private static void collect(JsonNode json, Set<String> typeUrls) {
    if (json.isObject()) {
      JsonNode type = json.get("@type");
      if (type != null && type.isTextual()) {
        typeUrls.add(type.textValue());
      }
      json.elements().forEachRemaining(child -> collect(child, typeUrls));
    } else if (json.isArray()) {
      json.elements().forEachRemaining(child -> collect(child, typeUrls));
    }
  }

  private static void collect(MessageOrBuilder message, Set<String> typeUrls) {
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      if (field.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (field.getValue() instanceof List<?> items) {
        items.forEach(item -> visit((Message) item, typeUrls));
      } else {
        visit((Message) field.getValue(), typeUrls);
      }
    }
  }

  private static void visit(Message value, Set<String> typeUrls) {
    Descriptor type = value.getDescriptorForType();
    if (!type.getFullName().equals(WellKnownJson.ANY)) {
      collect(value, typeUrls);
      return;
    }
    typeUrls.add(AnyPayload.typeUrl(value));
    Message payload = AnyPayload.unpack(value, EnvoyTypeRegistry.get());
    if (payload != null) {
      collect(payload, typeUrls); // a payload that does not parse is reported by printing
    }
  }
}
