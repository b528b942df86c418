package io.meshward.policy.meshproxypatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.envoy.EnvoyType;
import org.junit.jupiter.api.Test;

class ModificationTypeTest {

  @Test
  void typesInKumasOrderWithTheirEnvoyMessage() {
    assertThat(ModificationType.values())
        .extracting(ModificationType::key)
        .containsExactly("cluster", "listener", "virtualHost", "networkFilter", "httpFilter");
    assertThat(ModificationType.HTTP_FILTER.envoyType()).isEqualTo(EnvoyType.HTTP_FILTER);
    assertThat(ModificationType.ofKey("virtualHost")).contains(ModificationType.VIRTUAL_HOST);
    assertThat(ModificationType.ofKey("VirtualHost")).isEmpty();
  }

  @Test
  void operationsPerType() {
    assertThat(ModificationType.CLUSTER.operations())
        .extracting(ModificationOperation::label)
        .containsExactly("Add", "Patch", "Remove");
    assertThat(ModificationType.NETWORK_FILTER.operations())
        .extracting(ModificationOperation::label)
        .containsExactly("AddFirst", "AddLast", "AddBefore", "AddAfter", "Patch", "Remove");
    assertThat(ModificationType.LISTENER.accepts(ModificationOperation.ADD_FIRST)).isFalse();
    assertThat(ModificationType.HTTP_FILTER.accepts(ModificationOperation.ADD)).isFalse();
  }

  @Test
  void canonicalOperationIgnoresCaseOnlyWithinTheType() {
    assertThat(ModificationType.HTTP_FILTER.canonicalOperation("addbefore"))
        .contains(ModificationOperation.ADD_BEFORE);
    assertThat(ModificationType.CLUSTER.canonicalOperation("PATCH"))
        .contains(ModificationOperation.PATCH);
    assertThat(ModificationType.CLUSTER.canonicalOperation("AddFirst")).isEmpty();
    assertThat(ModificationType.CLUSTER.canonicalOperation(null)).isEmpty();
  }

  @Test
  void operationsAreCaseSensitiveForKuma() {
    assertThat(ModificationOperation.of("Add")).contains(ModificationOperation.ADD);
    assertThat(ModificationOperation.of("add")).isEmpty();
    assertThat(ModificationOperation.ADD_AFTER.adds()).isTrue();
    assertThat(ModificationOperation.PATCH.adds()).isFalse();
  }

  @Test
  void invalidOperationMessages() {
    assertThat(ModificationType.VIRTUAL_HOST.invalidOperationMessage())
        .isEqualTo("invalid operation. Available operations: \"Add\", \"Patch\", \"Remove\"");
    assertThat(ModificationType.HTTP_FILTER.invalidOperationMessage())
        .isEqualTo(
            "invalid operation. Available operations: \"AddFirst\", \"AddLast\", \"AddBefore\","
                + " \"AddAfter\", \"Patch\", \"Remove\"");
  }
}
