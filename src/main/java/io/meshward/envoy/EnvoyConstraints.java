package io.meshward.envoy;

import com.google.protobuf.Message;
import java.util.List;

/**
 * {@code EnvoyConstraints} is the public entry to {@link ConstraintChecker}: Envoy's {@code
 * validate.rules} checked on a whole resource, every violation ({@code ValidateAll()}, as Kuma
 * checks each generated resource), {@code Any} payloads included, as Envoy does when it loads the
 * config.
 */
public final class EnvoyConstraints {

  private EnvoyConstraints() {}

  /** Every violation of {@code resource}; empty when Envoy would accept it. */
  public static List<String> check(Message resource) {
    return new ConstraintChecker(EnvoyTypeRegistry.get(), true, false, null).check(resource);
  }

  /**
   * As {@link #check(Message)}, skipping the nested messages that {@code passed} holds and adding
   * to it those that pass now.
   */
  public static List<String> check(Message resource, PassedMessages passed) {
    return new ConstraintChecker(EnvoyTypeRegistry.get(), true, false, passed).check(resource);
  }
}
