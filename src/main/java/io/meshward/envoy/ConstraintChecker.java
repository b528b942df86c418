package io.meshward.envoy;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.envoyproxy.pgv.validate.Validate;
import io.envoyproxy.pgv.validate.Validate.FieldRules;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ConstraintChecker} enforces Envoy's protoc-gen-validate {@code validate.rules}, read from
 * the descriptors at run time, like the generated Go {@code ValidateAll()}: it collects every
 * violation of a message, recursing into nested messages ({@code embedded message failed validation
 * | caused by: ...}). Unlike the Go code, and like Envoy when it loads a config, it also recurses
 * into {@code Any} payloads resolved through the type registry.
 */
final class ConstraintChecker {

  private final EnvoyTypeRegistry registry;
  private final FieldRuleChecker fieldRules;
  private final boolean checkAnyPayloads;

  ConstraintChecker(EnvoyTypeRegistry registry, boolean checkAnyPayloads) {
    this.registry = registry;
    this.checkAnyPayloads = checkAnyPayloads;
    this.fieldRules = new FieldRuleChecker(this);
  }

  /** Every violation of {@code message}, in protoc-gen-validate's order and wording. */
  List<String> check(Message message) {
    List<String> out = new ArrayList<>();
    Descriptor type = message.getDescriptorForType();
    if (isValidationOff(type)) {
      return out;
    }
    String goMessage = GoNames.message(type);
    for (FieldDescriptor field : type.getFields()) {
      OneofDescriptor oneof = field.getContainingOneof();
      if (oneof == null || (!type.getRealOneofs().contains(oneof) && message.hasField(field))) {
        fieldRules.check(message, field, rulesOf(field), subject(goMessage, field), out);
      }
    }
    for (OneofDescriptor oneof : type.getRealOneofs()) {
      FieldDescriptor set = message.getOneofFieldDescriptor(oneof);
      if (set != null) {
        fieldRules.check(message, set, rulesOf(set), subject(goMessage, set), out);
      } else if (oneof.getOptions().getExtension(Validate.required)) {
        out.add(
            new RuleSubject(goMessage, GoNames.oneof(oneof), false).violation("value is required"));
      }
    }
    return out;
  }

  /** The violations of a nested message value, or of an {@code Any}'s resolved payload. */
  List<String> checkNested(Message value) {
    if (value instanceof Any
        || value.getDescriptorForType().getFullName().equals(WellKnownJson.ANY)) {
      Message payload = checkAnyPayloads ? unpack(value) : null;
      return payload == null ? List.of() : check(payload);
    }
    if (value.getDescriptorForType().getFile().getPackage().startsWith("google.protobuf")) {
      return List.of();
    }
    return check(value);
  }

  private Message unpack(Message any) {
    Descriptor type = any.getDescriptorForType();
    String typeUrl = (String) any.getField(type.findFieldByName("type_url"));
    Descriptor payload = registry.forTypeUrl(typeUrl);
    if (payload == null) {
      return null;
    }
    try {
      com.google.protobuf.ByteString bytes =
          (com.google.protobuf.ByteString) any.getField(type.findFieldByName("value"));
      return DynamicMessage.parseFrom(payload, bytes);
    } catch (InvalidProtocolBufferException e) {
      return null;
    }
  }

  static FieldRules rulesOf(FieldDescriptor field) {
    return field.getOptions().hasExtension(Validate.rules)
        ? field.getOptions().getExtension(Validate.rules)
        : null;
  }

  private static boolean isValidationOff(Descriptor type) {
    return type.getOptions().getExtension(Validate.disabled)
        || type.getOptions().getExtension(Validate.ignored);
  }

  private static RuleSubject subject(String goMessage, FieldDescriptor field) {
    return new RuleSubject(goMessage, GoNames.field(field), false);
  }
}
