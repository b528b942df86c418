package io.meshward.cli;

import io.meshward.cli.report.CheckReport;
import io.meshward.cli.report.OutputFormat;
import io.meshward.engine.MutationEngine;
import io.meshward.engine.ValidationEngine;
import io.meshward.guard.TrafficGuards;
import io.meshward.xds.ApiServerBypass;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code CheckCommand} is {@code meshward check}, the GitOps pre-merge dry-run: it judges every
 * Kuma document of the inputs with the webhook's engine and reports in one or more formats. Exit
 * codes: 0 nothing denied, 1 something denied (or warned, with {@code --fail-on warning}), 2 usage
 * or input error.
 */
@Command(
    name = "meshward check",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Tell what admission would say about Kuma resources, before they are applied.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing would be denied",
      "1:something would be denied (or warned, with --fail-on warning)",
      "2:usage error, unreadable file or YAML that does not parse"
    })
public final class CheckCommand implements Callable<Integer> {

  /** Exit code: nothing would be denied. */
  public static final int OK = 0;

  /** Exit code: something would be denied. */
  public static final int DENIED = 1;

  /** Exit code: usage or input error. */
  public static final int INPUT_ERROR = 2;

  enum FailOn {
    denial,
    warning
  }

  enum When {
    auto,
    always,
    never
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH|-",
      description = "Files, directories (recursive *.yaml, *.yml, *.json) or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--base",
      paramLabel = "PATH",
      description = "The previous revision: objects in both are UPDATEs, only in PATH DELETEs.")
  String base;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT[=FILE]",
      description =
          "text (default), json, sarif, junit, github or markdown; repeatable; "
              + "=FILE writes to FILE instead of standard output.")
  List<String> outputs = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "denial",
      description = "denial (default) or warning: what makes the exit code 1.")
  FailOn failOn;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "auto (default: on a terminal, unless NO_COLOR is set), always or never.")
  When color;

  @Option(
      names = "--fix",
      description =
          "Write the normalized documents back in place (only the patched nodes change), then"
              + " check the result.")
  boolean fix;

  @Option(
      names = "--xds",
      description =
          "For each mesh touched, the xDS diff between --base and the inputs for a representative"
              + " proxy and each Dataplane of the inputs.")
  boolean xds;

  @Option(
      names = "--xds-feature",
      paramLabel = "NAME",
      description =
          "A kuma-dp feature the proxies of --xds advertise, e.g. feature-strict-inbound-ports or"
              + " feature-reuse-port; repeatable.")
  List<String> xdsFeatures = new ArrayList<>();

  @Option(
      names = "--kube-api-server",
      paramLabel = "HOST:PORT",
      description =
          "The Kubernetes API server of the proxies of --xds: a Mesh with passthrough off adds"
              + " Kuma's API-server bypass listener and cluster for it.")
  String kubeApiServer;

  @Option(
      names = "--stats",
      paramLabel = "FILE",
      description =
          "A stats snapshot (Prometheus text exposition, e.g. Envoy's /stats/prometheus) for the"
              + " live-traffic guards.")
  String stats;

  @Option(
      names = "--prometheus",
      paramLabel = "URL",
      description = "Prometheus (e.g. http://prometheus:9090) for the live-traffic guards.")
  String prometheus;

  @Option(
      names = "--traffic-window",
      paramLabel = "DURATION",
      defaultValue = "5m",
      description = "The look-back window of Prometheus rates: 30s, 5m (default), 1h, ...")
  String trafficWindow;

  @Option(
      names = "--fail-mode",
      paramLabel = "MODE",
      defaultValue = "closed",
      description = "closed (default: deny) or open (warn) when the traffic source cannot answer.")
  String failMode;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  CheckCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code meshward check args} on the process's standard streams. */
  public static int run(String... args) {
    return run(args, System.in, System.out, System.err);
  }

  /** Runs {@code meshward check args} on the given streams; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new CheckCommand(in, out, err));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          err.println("meshward check: " + e.getMessage());
          return INPUT_ERROR;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    List<OutputTarget> targets = new ArrayList<>();
    TrafficOptions traffic = new TrafficOptions(stats, prometheus, trafficWindow, failMode);
    ValidationEngine engine;
    Optional<ApiServerBypass> apiServer;
    try {
      outputs.forEach(o -> targets.add(OutputTarget.parse(o)));
      apiServer = Optional.ofNullable(kubeApiServer).map(ApiServerBypass::parse);
      TrafficGuards guards = traffic.guards();
      engine = traffic.configured() ? CheckRun.engine(guards) : CheckRun.offlineEngine();
    } catch (IllegalArgumentException e) {
      err.println("meshward check: " + e.getMessage());
      return INPUT_ERROR;
    }
    if (targets.isEmpty()) {
      targets.add(new OutputTarget(OutputFormat.TEXT, null));
    }
    if (fix && inputs.contains("-")) {
      err.println("meshward check: --fix cannot write back to standard input");
      return INPUT_ERROR;
    }
    boolean fixed = !fix || new FixRun(err).run(inputs);
    CheckReport report =
        new CheckRun(new SourceLoader(() -> in), Normalizer.of(MutationEngine.standard()), engine)
            .run(inputs, base, new XdsPreview(xds, Set.copyOf(xdsFeatures), apiServer));
    if (!new ReportOutputs(targets, colour(), out, err).write(report)) {
      return INPUT_ERROR;
    }
    return fixed ? exitCode(report) : INPUT_ERROR;
  }

  private int exitCode(CheckReport report) {
    if (report.summary().errors() > 0) {
      return INPUT_ERROR;
    }
    boolean warned = failOn == FailOn.warning && report.summary().warnings() > 0;
    return report.summary().denied() > 0 || report.xdsFailed() || warned ? DENIED : OK;
  }

  private boolean colour() {
    return color == When.always
        || (color == When.auto
            && out == System.out
            && System.console() != null
            && System.getenv("NO_COLOR") == null);
  }
}
