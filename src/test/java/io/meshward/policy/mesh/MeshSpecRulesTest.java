package io.meshward.policy.mesh;

import static io.meshward.policy.mesh.MeshCases.create;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spec rules of {@link MeshValidator} that Kuma's example cases do not cover. */
class MeshSpecRulesTest {

  @Test
  void dpCertWithoutRotationHasNoValidExpiration() {
    assertThat(
            create(
                """
                mtls:
                  backends:
                  - {name: ca-1, type: builtin, dpCert: {}}
                """))
        .containsExactly("spec.mtls.dpcert.rotation.expiration: has to be a valid format");
  }

  @Test
  void kumaDurationUnitsAreAccepted() {
    for (String expiration : new String[] {"0", "10ms", "5m", "3w", "1y"}) {
      assertThat(
              create(
                  "mtls: {backends: [{name: a, type: builtin, dpCert: {rotation: {expiration: "
                      + expiration
                      + "}}}]}"))
          .as(expiration)
          .isEmpty();
    }
    assertThat(
            create(
                "mtls: {backends: [{name: a, type: builtin, dpCert: {rotation: {expiration:"
                    + " 1h30m}}}]}"))
        .containsExactly("spec.mtls.dpcert.rotation.expiration: has to be a valid format");
  }

  @Test
  void tcpLoggingAddressNeedsHostAndPort() {
    assertThat(
            create(
                """
                logging:
                  backends:
                  - {name: a, type: tcp, conf: {address: "kibana:"}}
                  - {name: b, type: tcp, conf: {address: "[::1]:9000"}}
                  - {name: c, type: tcp, conf: {address: ":9000"}}
                """))
        .containsExactly(
            "spec.logging.backends[0].config.address: has to be in format of HOST:PORT",
            "spec.logging.backends[2].config.address: has to be in format of HOST:PORT");
  }

  @Test
  void loggingConfOfWrongTypeCannotBeParsed() {
    assertThat(create("logging: {backends: [{name: a, type: file, conf: {path: 7}}]}"))
        .singleElement()
        .asString()
        .startsWith("spec.logging.backends[0].config: could not parse config: ");
  }

  @Test
  void datadogNeedsAddressAndPort() {
    assertThat(
            create(
                """
                tracing:
                  backends:
                  - {name: a, type: datadog, conf: {port: 0}}
                  - {name: b, type: datadog, conf: {address: dd, port: 70000}}
                  - {name: c, type: datadog, conf: {address: dd, port: 8126}}
                """))
        .containsExactly(
            "spec.tracing.backends[0].config.address: cannot be empty",
            "spec.tracing.backends[0].config.port: port must be in the range [1, 65535]",
            "spec.tracing.backends[1].config.port: port must be in the range [1, 65535]");
  }

  @Test
  void zipkinUrlFollowsGoParseRequestUri() {
    assertThat(
            create(
                """
                tracing:
                  backends:
                  - {name: a, type: zipkin, conf: {url: "http:opaque"}}
                  - {name: b, type: zipkin, conf: {url: "http://zipkin:abc/api"}}
                  - {name: c, type: zipkin, conf: {url: "http://zipkin:9411/a%zz"}}
                  - {name: d, type: zipkin, conf: {url: "http://[::1]:9411/api"}}
                """))
        .containsExactly(
            "spec.tracing.backends[0].config.url: port has to be explicitly specified",
            "spec.tracing.backends[1].config.url: invalid URL",
            "spec.tracing.backends[2].config.url: invalid URL");
  }

  @Test
  void negativeSamplingIsOutOfRange() {
    assertThat(
            create(
                "tracing: {backends: [{name: a, type: zipkin, sampling: -1,"
                    + " conf: {url: 'http://z:9411/'}}]}"))
        .containsExactly("spec.tracing.backends[0].sampling: has to be in [0.0 - 100.0] range");
  }

  @Test
  void aSamplingWrittenAsAStringIsReadAsProtojsonReadsIt() {
    assertThat(
            create(
                """
                tracing:
                  backends:
                    - {name: a, type: zipkin, sampling: "150", conf: {url: 'http://z:9411/'}}
                    - {name: b, type: zipkin, sampling: "-Infinity", conf: {url: 'http://z:9411/'}}
                    - {name: c, type: zipkin, sampling: "99.5", conf: {url: 'http://z:9411/'}}
                    - {name: d, type: zipkin, sampling: "NaN", conf: {url: 'http://z:9411/'}}
                """))
        .containsExactly(
            "spec.tracing.backends[0].sampling: has to be in [0.0 - 100.0] range",
            "spec.tracing.backends[1].sampling: has to be in [0.0 - 100.0] range");
  }

  @Test
  void prometheusFilterRegexMustCompileInGo() {
    assertThat(
            create(
                """
                metrics:
                  backends:
                  - {name: a, type: prometheus, conf: {envoy: {filterRegex: "("}}}
                  - {name: b, type: prometheus, conf: {envoy: {filterRegex: "a(?=b)"}}}
                """))
        .satisfiesExactly(
            v -> assertThat(v).startsWith("spec.metrics.backends[0].conf.envoy.filterRegex: "),
            v ->
                assertThat(v)
                    .isEqualTo(
                        "spec.metrics.backends[1].conf.envoy.filterRegex: provided regexp isn't"
                            + " correct: error parsing regexp: invalid or unsupported Perl syntax:"
                            + " `(?=`"));
  }

  @Test
  void filterRegexFollowsGoSyntaxAndMessages() {
    String prefix =
        "spec.metrics.backends[0].conf.envoy.filterRegex: provided regexp isn't correct: ";
    java.util.function.Function<String, java.util.List<String>> check =
        regex ->
            create(
                "metrics: {backends: [{name: a, type: prometheus, conf: {envoy: {filterRegex: '"
                    + regex.replace("'", "''")
                    + "'}}}]}");
    // RE2 accepts what Java refuses ...
    for (String accepted : new String[] {"{", "a{,5}", "(?P<n>a)", "envoy_cluster_.*"}) {
      assertThat(check.apply(accepted)).as(accepted).isEmpty();
    }
    // ... refuses what Java accepts, and words every refusal as Go does.
    assertThat(check.apply("a{1001}"))
        .containsExactly(prefix + "error parsing regexp: invalid repeat count: `{1001}`");
    assertThat(check.apply("\\Z"))
        .containsExactly(prefix + "error parsing regexp: invalid escape sequence: `\\Z`");
    assertThat(check.apply("[[:foo:]]"))
        .containsExactly(prefix + "error parsing regexp: invalid character class range: `[:foo:]`");
    assertThat(check.apply("("))
        .containsExactly(prefix + "error parsing regexp: missing closing ): `(`");
    assertThat(check.apply("a)"))
        .containsExactly(prefix + "error parsing regexp: unexpected ): `a)`");
    assertThat(check.apply("a**"))
        .containsExactly(prefix + "error parsing regexp: invalid nested repetition operator: `**`");
  }

  @Test
  void prometheusTlsModeAndSkipMtlsAgreeingIsValid() {
    assertThat(
            create(
                "metrics: {backends: [{name: a, type: prometheus,"
                    + " conf: {skipMTLS: true, tls: {mode: disabled}}}]}"))
        .isEmpty();
    assertThat(
            create(
                "metrics: {backends: [{name: a, type: prometheus, conf: {tls: {mode: loose}}}]}"))
        .singleElement()
        .asString()
        .startsWith("spec.metrics.backends[0].conf: could not parse config: ");
  }

  @Test
  void metricsBackendWithoutTypeIsUnknown() {
    assertThat(create("metrics: {backends: [{name: a}]}"))
        .containsExactly(
            "spec.metrics.backends[0].type: unknown backend type. Available backends:"
                + " \"prometheus\"");
  }

  @Test
  void wildcardConstraintTagValueIsValid() {
    assertThat(
            create("constraints: {dataplaneProxy: {requirements: [{tags: {kuma.io/zone: '*'}}]}}"))
        .isEmpty();
  }

  @Test
  void zoneEgressOffNeedsNoMtls() {
    assertThat(create("routing: {zoneEgress: false}")).isEmpty();
  }
}
