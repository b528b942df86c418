package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedValueCacheTest {

  private static final String CLUSTER = "name: c\nconnectTimeout: 5s\n";

  @Test
  void theSameValueIsParsedOnceAndSharedAcrossParsersWithTheSameChecks() {
    ParsedValue first =
        ProtoEnvoyValueParser.matchingKuma().parse(EnvoyType.CLUSTER, CLUSTER, true);
    ParsedValue again =
        ProtoEnvoyValueParser.matchingKuma().parse(EnvoyType.CLUSTER, new String(CLUSTER), true);
    assertThat(again).isSameAs(first);
    assertThat(first.valid()).isTrue();
  }

  @Test
  void outcomesDependOnTheChecksAsked() {
    String noName = "connectTimeout: 5s\n";
    ProtoEnvoyValueParser parser = ProtoEnvoyValueParser.matchingKuma();
    assertThat(parser.parse(EnvoyType.CLUSTER, noName, false).valid()).isTrue();
    assertThat(parser.parse(EnvoyType.CLUSTER, noName, true).error())
        .contains("invalid Cluster.Name");
    assertThat(parser.parse(EnvoyType.LISTENER, noName, false).unknownFields())
        .containsExactly("connectTimeout");
  }

  @Test
  void aValueCheckedAtAdmissionIsNotDecodedAgainForTheRender() {
    String value = "name: c\nconnectTimeout: 7s\n";
    ParsedValue admitted = new ProtoEnvoyValueParser(true).parse(EnvoyType.CLUSTER, value, true);
    ParsedValue rendered =
        ProtoEnvoyValueParser.matchingKuma().parse(EnvoyType.CLUSTER, new String(value), false);
    assertThat(rendered.message()).isSameAs(admitted.message());
    assertThat(rendered.valid()).isTrue();
  }

  @Test
  void keepsABoundedNumberOfSmallValues() {
    ParsedValueCache cache = new ParsedValueCache();
    ParsedValue outcome = new ParsedValue(null, "x", java.util.List.of());
    for (int i = 0; i < ParsedValueCache.MAX_ENTRIES + 10; i++) {
      cache.put(new ParsedValueCache.Key(EnvoyType.CLUSTER, "v" + i, true, true), outcome);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(ParsedValueCache.MAX_ENTRIES);
    assertThat(cache.get(new ParsedValueCache.Key(EnvoyType.CLUSTER, "v0", true, true))).isNull();
    String last = "v" + (ParsedValueCache.MAX_ENTRIES + 9);
    assertThat(cache.get(new ParsedValueCache.Key(EnvoyType.CLUSTER, last, true, true)))
        .isSameAs(outcome);
    String large = "x".repeat(ParsedValueCache.MAX_VALUE_CHARS + 1);
    cache.put(new ParsedValueCache.Key(EnvoyType.CLUSTER, large, true, true), outcome);
    assertThat(cache.get(new ParsedValueCache.Key(EnvoyType.CLUSTER, large, true, true))).isNull();
  }
}
