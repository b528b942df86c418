package io.meshward.policy.mesh;

import static io.meshward.policy.mesh.MeshCases.create;
import static io.meshward.policy.mesh.MeshCases.mesh;
import static io.meshward.policy.mesh.MeshCases.run;
import static io.meshward.policy.mesh.MeshCases.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Operation;
import io.meshward.core.Violations;
import io.meshward.policy.PolicyRole;
import io.meshward.policy.ValidationContext;
import org.junit.jupiter.api.Test;

/** CREATE, UPDATE and decoding rules of {@link MeshValidator}. */
class MeshOperationRulesTest {

  @Test
  void nameOf63CharactersIsAccepted() {
    assertThat(run(new MeshValidator(), Operation.CREATE, mesh("a".repeat(63), ""), null))
        .isEmpty();
  }

  @Test
  void specViolationsHideCreateRules() {
    assertThat(
            run(
                new MeshValidator(),
                Operation.CREATE,
                mesh("a".repeat(64), "routing: {zoneEgress: true}"),
                null))
        .containsExactly("spec.mtls: has to be set when zoneEgress enabled");
  }

  @Test
  void providedCaDataSourcesMustBeChosenAndNotEmpty() {
    assertThat(
            create(
                """
                mtls:
                  backends:
                  - name: ca-1
                    type: provided
                    conf:
                      cert: {}
                      key: {secret: ""}
                """))
        .containsExactly(
            "spec.mtls.backends[0].conf.cert: data source has to be chosen. Available sources:"
                + " secret, file, inline",
            "spec.mtls.backends[0].conf.key.secret: cannot be empty");
    assertThat(
            create(
                "mtls: {backends: [{name: c, type: provided,"
                    + " conf: {cert: {inline: ''}, key: {file: /k.pem}}}]}"))
        .containsExactly("spec.mtls.backends[0].conf.cert.inline: cannot be empty");
    assertThat(
            create(
                "mtls: {backends: [{name: c, type: provided,"
                    + " conf: {cert: {secret: c}, key: {inlineString: k}}}]}"))
        .isEmpty();
  }

  @Test
  void skipValidationSkipsConfButNotType() {
    assertThat(create("mtls: {skipValidation: true, backends: [{name: c, type: provided}]}"))
        .isEmpty();
    assertThat(create("mtls: {skipValidation: true, backends: [{name: c, type: x}]}"))
        .containsExactly(
            "spec.mtls.backends[0].type: could not find installed plugin for this type");
  }

  @Test
  void installedCaTypesAreConfigurable() {
    var vault = mesh("default", "mtls: {backends: [{name: v, type: vault}]}");
    assertThat(run(new MeshValidator(), Operation.CREATE, vault, null)).isEmpty();
    assertThat(run(new MeshValidator(MeshValidator.KUMA_CA_TYPES), Operation.CREATE, vault, null))
        .containsExactly(
            "spec.mtls.backends[0].type: could not find installed plugin for this type");
  }

  @Test
  void builtinCaConfMustConvert() {
    assertThat(
            create("mtls: {backends: [{name: b, type: builtin, conf: {caCert: {RSAbits: abc}}}]}"))
        .singleElement()
        .asString()
        .startsWith("spec.mtls.backends[0].conf: could not convert backend config: ");
    assertThat(
            create(
                "mtls: {backends: [{name: b, type: builtin,"
                    + " conf: {caCert: {RSAbits: 2048, expiration: 10y}}}]}"))
        .isEmpty();
  }

  @Test
  void builtinCaBackendNameMustMakeALowercaseDnsSecretName() {
    String field = "spec.mtls.backends[0].conf.mtls.backends.name: ";
    assertThat(create("mtls: {enabledBackend: CA-1, backends: [{name: CA-1, type: builtin}]}"))
        .containsExactly(field + "\"CA-1\" name must be valid dns name");
    // The Secret name's last label is ca-builtin-cert-<name>: 16 + 47 = 63 characters at most.
    assertThat(create("mtls: {backends: [{name: " + "a".repeat(47) + ", type: builtin}]}"))
        .isEmpty();
    assertThat(create("mtls: {backends: [{name: " + "a".repeat(48) + ", type: builtin}]}"))
        .containsExactly(field + "\"" + "a".repeat(48) + "\" name must be valid dns name");
    assertThat(create("mtls: {backends: [{name: a.b_c, type: builtin}]}")).isEmpty();
    assertThat(create("mtls: {backends: [{name: 'a b', type: builtin}]}"))
        .containsExactly(field + "\"a b\" name must be valid dns name");
    String longName = ("a".repeat(9) + ".").repeat(24) + "a";
    assertThat(create("mtls: {backends: [{name: '" + longName + "', type: builtin}]}"))
        .containsExactly(field + "Backend name is too long. Max length: 255");
    // The rule belongs to the builtin plugin: provided backends and skipValidation escape it.
    assertThat(
            create(
                "mtls: {backends: [{name: CA, type: provided,"
                    + " conf: {cert: {secret: c}, key: {secret: k}}}]}"))
        .isEmpty();
    assertThat(create("mtls: {skipValidation: true, backends: [{name: CA, type: builtin}]}"))
        .isEmpty();
  }

  @Test
  void builtinCaBackendNameIsJudgedWithTheMeshName() {
    var upperMesh = mesh("Mesh-1", "mtls: {backends: [{name: ca, type: builtin}]}");
    assertThat(run(new MeshValidator(), Operation.CREATE, upperMesh, null))
        .containsExactly(
            "spec.mtls.backends[0].conf.mtls.backends.name: \"ca\" name must be"
                + " valid dns name");
  }

  @Test
  void updateRechecksCaBackends() {
    assertThat(update("{}", "mtls: {backends: [{name: c, type: provided}]}"))
        .containsExactly(
            "spec.mtls.backends[0].conf.cert: has to be defined",
            "spec.mtls.backends[0].conf.key: has to be defined");
  }

  @Test
  void enablingMtlsIsNotACaChange() {
    assertThat(
            update(
                "mtls: {backends: [{name: a, type: builtin}]}",
                "mtls: {enabledBackend: a, backends: [{name: a, type: builtin}]}"))
        .isEmpty();
  }

  @Test
  void undecodableModeAndTimeoutsAreReportedByTheDecodeStep() {
    String spec =
        """
        mtls:
          enabledBackend: nope
          backends:
          - name: a
            type: builtin
            mode: LOOSE
            dpCert: {requestTimeout: "10"}
            rootChain: {requestTimeout: 1.5s}
        """;
    Violations undecodable = new Violations("mesh");
    new MeshValidator()
        .decode(
            new ValidationContext(mesh("m", spec), null, Operation.CREATE, PolicyRole.SYSTEM),
            undecodable);
    assertThat(undecodable.list().stream().map(v -> v.field() + ": " + v.message()))
        .containsExactly(
            "spec.mtls.backends[0].mode: invalid value for enum field mode: \"LOOSE\"",
            "spec.mtls.backends[0].dpCert.requestTimeout: invalid google.protobuf.Duration value"
                + " \"10\"");
    // the rules see only what decodes
    assertThat(create(spec))
        .containsExactly(
            "spec.mtls.enabledBackend: has to be set to one of the backends in the mesh",
            "spec.mtls.dpcert.rotation.expiration: has to be a valid format");
  }

  @Test
  void decodableValuesPassTheDecodeStep() {
    assertThat(
            create(
                """
                mtls:
                  enabledBackend: nope
                  backends:
                  - name: a
                    type: builtin
                    mode: PERMISSIVE
                    dpCert: {requestTimeout: 10s}
                    rootChain: {requestTimeout: 1.5s}
                """))
        .containsExactly(
            "spec.mtls.enabledBackend: has to be set to one of the backends in the mesh",
            "spec.mtls.dpcert.rotation.expiration: has to be a valid format");
  }

  @Test
  void deleteIsNotJudgedHere() {
    assertThat(run(new MeshValidator(), Operation.DELETE, mesh("x".repeat(70), ""), null))
        .isEmpty();
  }
}
