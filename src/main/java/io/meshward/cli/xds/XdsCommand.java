package io.meshward.cli.xds;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code XdsCommand} is {@code meshward xds}: {@code patch} applies a MeshProxyPatch to a set of
 * Envoy resources, {@code render} prints one proxy's passthrough config. It runs without starting
 * the application server. Exit codes: 0 applied, 1 a modification failed, 2 usage or input error.
 */
@Command(
    name = "xds",
    mixinStandardHelpOptions = true,
    description = "Envoy config as meshward serves it.",
    subcommands = {XdsPatchCommand.class, XdsRenderCommand.class})
public final class XdsCommand implements Runnable {

  /** Exit code when a modification failed to apply. */
  static final int FAILED = 1;

  /** Exit code for a usage or input error. */
  static final int INPUT_ERROR = 2;

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** Runs {@code meshward xds <args>} and returns the exit code. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new XdsCommand());
    cli.setExitCodeExceptionMapper(e -> INPUT_ERROR);
    return cli.execute(args);
  }
}
