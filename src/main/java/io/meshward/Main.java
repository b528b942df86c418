package io.meshward;

import io.meshward.engine.EngineWarmUp;
import io.meshward.tls.SelfSignedCertificate;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code Main} is the {@code meshward} command: {@code serve} (the default) runs the webhook;
 * {@code check} judges manifests offline without starting Quarkus; {@code help} prints usage.
 */
@QuarkusMain
public final class Main {

  static final String CERT_PROPERTY = "quarkus.tls.key-store.pem.0.cert";
  static final String KEY_PROPERTY = "quarkus.tls.key-store.pem.0.key";
  private static final String PKCS12_ROUNDS = "keystore.pkcs12.keyPbeIterationCount";

  Main() {}

  /** Entry point. */
  public static void main(String... args) {
    String command = command(args);
    String[] rest = args.length > 0 && command.equals(args[0]) ? tail(args) : args;
    switch (command) {
      case "serve" -> serve(rest);
      case "check" -> System.exit(io.meshward.cli.CheckCommand.run(rest));
      case "xds" -> System.exit(io.meshward.cli.xds.XdsCommand.run(rest));
      case "help", "--help", "-h" -> System.out.println(usage());
      default -> {
        System.err.println("meshward: unknown command \"" + command + "\"\n" + usage());
        System.exit(2);
      }
    }
  }

  /**
   * The command {@code args} name: their first word, or {@code serve} when there is none or it is
   * an option of the server's (anything starting with {@code -} but {@code --help} and {@code -h}).
   */
  static String command(String... args) {
    if (args.length == 0) {
      return "serve";
    }
    String first = args[0];
    return first.startsWith("-") && !first.equals("--help") && !first.equals("-h")
        ? "serve"
        : first;
  }

  private static void serve(String[] args) {
    // The engine's one-time work runs beside Quarkus's boot instead of after it. Logging is set up
    // first: its initialisation is not safe to race from two threads.
    java.util.logging.LogManager.getLogManager();
    EngineWarmUp.start();
    // Vert.x turns each PEM key into an in-memory PKCS#12 store, encrypting and decrypting it with
    // 10,000 PBKDF2 rounds; those stores never reach a disk (the PEM file is the key's only copy),
    // so the rounds only slow every start and every reload.
    if (System.getProperty(PKCS12_ROUNDS) == null) {
      System.setProperty(PKCS12_ROUNDS, "1");
    }
    if (!configured(CERT_PROPERTY) && !"test".equals(System.getProperty("quarkus.profile"))) {
      // The JDK logs certificate events at debug level before logging is set up; keep them quiet.
      java.util.logging.Logger.getLogger("jdk.event.security")
          .setLevel(java.util.logging.Level.INFO);
      Path dir = Path.of(System.getProperty("meshward.tls.dir", ".meshward/tls"));
      var paths = SelfSignedCertificate.ensure(dir, Duration.ofDays(365));
      System.setProperty(CERT_PROPERTY, paths.certificate().toString());
      System.setProperty(KEY_PROPERTY, paths.key().toString());
      System.err.printf(
          "meshward: no TLS certificate configured; %s self-signed certificate %s (key %s)%n",
          paths.created() ? "created" : "using", paths.certificate(), paths.key());
    }
    Quarkus.run(args);
  }

  private static boolean configured(String property) {
    String env = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    return System.getProperty(property) != null || System.getenv(env) != null;
  }

  private static String[] tail(String[] args) {
    return Arrays.copyOfRange(args, 1, args.length);
  }

  static String usage() {
    return """
        usage: meshward [serve]     run the admission webhook on https://0.0.0.0:8443
               meshward check ...   judge Kuma manifests offline (meshward check --help)
               meshward xds ...     Envoy passthrough config: xds patch, xds render
               meshward help        print this help

        Configuration: application properties or environment variables, e.g.
          QUARKUS_TLS_KEY_STORE_PEM_0_CERT / _KEY   serving certificate and key (PEM)
          MESHWARD_KUMA_SYSTEM_NAMESPACES           Kuma system namespaces
        """;
  }
}
