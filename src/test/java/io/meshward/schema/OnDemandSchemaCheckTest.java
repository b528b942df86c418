package io.meshward.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.KumaKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The on-demand check (each kind compiled on first use) judges exactly as the eager one. */
class OnDemandSchemaCheckTest {

  @Test
  void everyKindIsJudgedAsTheEagerCheckJudgesIt() {
    JsonSchemaCheck onDemand = JsonSchemaCheck.onDemand();
    for (KumaKind kind : KumaKind.values()) {
      ObjectNode valid = SchemaSamples.valid(kind);
      ObjectNode broken = valid.deepCopy();
      broken.withObject("/metadata").put("labels", 42);
      assertThat(onDemand.validate(kind, valid))
          .isEqualTo(SchemaSamples.CHECK.validate(kind, valid));
      assertThat(onDemand.validate(kind, broken))
          .as(kind.kindName())
          .isEqualTo(SchemaSamples.CHECK.validate(kind, broken));
      assertThat(onDemand.validate(kind, broken).violations()).as(kind.kindName()).isNotEmpty();
    }
  }

  @Test
  void threadsMeetingAKindFirstAllGetItsOneSchema() throws Exception {
    JsonSchemaCheck onDemand = JsonSchemaCheck.onDemand();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SchemaReport>> reports = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        KumaKind kind = KumaKind.values()[i % KumaKind.values().length];
        reports.add(pool.submit(() -> onDemand.validate(kind, SchemaSamples.valid(kind))));
      }
      for (int i = 0; i < reports.size(); i++) {
        KumaKind kind = KumaKind.values()[i % KumaKind.values().length];
        assertThat(reports.get(i).get())
            .isEqualTo(SchemaSamples.CHECK.validate(kind, SchemaSamples.valid(kind)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
