package io.meshward.envoy;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ConstraintChecker} enforces Envoy's protoc-gen-validate {@code validate.rules}, read from
 * the descriptors at run time, like the generated Go code: {@code ValidateAll()} collects every
 * violation of a message, {@code Validate()} stops at the first, both recursing into nested
 * messages ({@code embedded message failed validation | caused by: ...}). Unlike the Go code, and
 * like Envoy when it loads a config, it can also recurse into {@code Any} payloads resolved through
 * the type registry.
 */
final class ConstraintChecker {

  private final EnvoyTypeRegistry registry;
  private final FieldRuleChecker fieldRules;
  private final boolean checkAnyPayloads;
  private final boolean firstOnly;
  private final PassedMessages passed;

  /**
   * @param checkAnyPayloads whether to recurse into {@code Any} payloads
   * @param firstOnly whether to stop at the first violation ({@code Validate()}) instead of
   *     collecting them all ({@code ValidateAll()})
   */
  ConstraintChecker(EnvoyTypeRegistry registry, boolean checkAnyPayloads, boolean firstOnly) {
    this(registry, checkAnyPayloads, firstOnly, null);
  }

  /**
   * @param passed nested messages known to pass, skipped, and where those that pass are added; null
   *     for none
   */
  ConstraintChecker(
      EnvoyTypeRegistry registry,
      boolean checkAnyPayloads,
      boolean firstOnly,
      PassedMessages passed) {
    this.passed = passed;
    this.registry = registry;
    this.checkAnyPayloads = checkAnyPayloads;
    this.firstOnly = firstOnly;
    this.fieldRules = new FieldRuleChecker(this);
  }

  /** The violations of {@code message}, in protoc-gen-validate's order and wording. */
  List<String> check(Message message) {
    List<String> out = new ArrayList<>();
    MessagePlan plan = MessagePlan.of(message.getDescriptorForType());
    if (plan.off()) {
      return out;
    }
    for (MessagePlan.FieldCheck f : plan.fields()) {
      if (!f.onlyWhenSet() || message.hasField(f.field())) {
        fieldRules.check(message, f.field(), f.rules(), f.subject(), out);
        if (firstOnly && !out.isEmpty()) {
          return out.subList(0, 1);
        }
      }
    }
    for (MessagePlan.OneofCheck oneof : plan.oneofs()) {
      FieldDescriptor set = message.getOneofFieldDescriptor(oneof.oneof());
      if (set != null) {
        MessagePlan.FieldCheck f = oneof.members().get(set);
        if (f != null) {
          fieldRules.check(message, set, f.rules(), f.subject(), out);
        }
      } else if (oneof.required()) {
        out.add(oneof.requiredSubject().violation("value is required"));
      }
      if (firstOnly && !out.isEmpty()) {
        return out.subList(0, 1);
      }
    }
    return out;
  }

  /** The violations of a nested message value, or of an {@code Any}'s resolved payload. */
  List<String> checkNested(Message value) {
    if (passed == null) {
      return nestedViolations(value);
    }
    if (passed.contains(value)) {
      return List.of();
    }
    List<String> out = nestedViolations(value);
    if (out.isEmpty()) {
      passed.add(value);
    }
    return out;
  }

  private List<String> nestedViolations(Message value) {
    if (value instanceof Any
        || value.getDescriptorForType().getFullName().equals(WellKnownJson.ANY)) {
      Message payload = checkAnyPayloads ? AnyPayload.unpack(value, registry) : null;
      return payload == null ? List.of() : check(payload);
    }
    if (value.getDescriptorForType().getFile().getPackage().startsWith("google.protobuf")) {
      return List.of();
    }
    return check(value);
  }
}
