package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import io.envoyproxy.pgv.validate.Validate;
import io.envoyproxy.pgv.validate.Validate.FieldRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code MessagePlan} is what {@link ConstraintChecker} needs to know about one message type, read
 * once from its descriptor: the fields that can yield a violation (they carry rules or hold a
 * message that can), each with its rules and Go subject, in protoc-gen-validate's order, and its
 * real oneofs. Fields that can never yield a violation are left out, so checking a large resource
 * costs only what its rules cost.
 *
 * @param off whether the message disables or ignores validation
 * @param fields the checked fields outside real oneofs, in declaration order
 * @param oneofs the real oneofs, in declaration order
 */
record MessagePlan(boolean off, List<FieldCheck> fields, List<OneofCheck> oneofs) {

  /**
   * One checked field.
   *
   * @param field the field
   * @param rules its {@code validate.rules}, or null
   * @param subject how its violations are worded
   * @param onlyWhenSet whether it is checked only when set (proto3 {@code optional})
   */
  record FieldCheck(
      FieldDescriptor field, FieldRules rules, RuleSubject subject, boolean onlyWhenSet) {}

  /**
   * One real oneof.
   *
   * @param required whether one member must be set
   * @param requiredSubject how the missing-member violation is worded
   * @param members the members that can yield a violation
   */
  record OneofCheck(
      OneofDescriptor oneof,
      boolean required,
      RuleSubject requiredSubject,
      Map<FieldDescriptor, FieldCheck> members) {}

  private static final Map<Descriptor, MessagePlan> PLANS = new ConcurrentHashMap<>();

  /** The plan of {@code type}, built on first use. */
  static MessagePlan of(Descriptor type) {
    MessagePlan plan = PLANS.get(type);
    if (plan == null) {
      plan = PLANS.computeIfAbsent(type, MessagePlan::build);
    }
    return plan;
  }

  private static MessagePlan build(Descriptor type) {
    boolean off =
        type.getOptions().getExtension(Validate.disabled)
            || type.getOptions().getExtension(Validate.ignored);
    String goMessage = GoNames.message(type);
    List<OneofDescriptor> realOneofs = type.getRealOneofs();
    List<FieldCheck> fields = new ArrayList<>();
    for (FieldDescriptor field : type.getFields()) {
      OneofDescriptor oneof = field.getContainingOneof();
      boolean real = oneof != null && realOneofs.contains(oneof);
      if (!real && RuleReach.matters(field)) {
        fields.add(check(goMessage, field, oneof != null));
      }
    }
    List<OneofCheck> oneofs = new ArrayList<>();
    for (OneofDescriptor oneof : realOneofs) {
      Map<FieldDescriptor, FieldCheck> members = new java.util.HashMap<>();
      for (FieldDescriptor field : oneof.getFields()) {
        if (RuleReach.matters(field)) {
          members.put(field, check(goMessage, field, false));
        }
      }
      boolean required = oneof.getOptions().getExtension(Validate.required);
      RuleSubject subject = new RuleSubject(goMessage, GoNames.oneof(oneof), false);
      oneofs.add(new OneofCheck(oneof, required, subject, Map.copyOf(members)));
    }
    return new MessagePlan(off, List.copyOf(fields), List.copyOf(oneofs));
  }

  private static FieldCheck check(String goMessage, FieldDescriptor field, boolean onlyWhenSet) {
    return new FieldCheck(
        field,
        RuleReach.rulesOf(field),
        new RuleSubject(goMessage, GoNames.field(field), false),
        onlyWhenSet);
  }
}
