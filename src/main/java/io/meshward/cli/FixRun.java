package io.meshward.cli;

import io.meshward.cli.report.InputError;
import io.meshward.engine.MutationEngine;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code FixRun} is the {@code --fix} step of {@code meshward check}: before the check, every input
 * file gets its Kuma documents written back in normalized form, and each fix is reported on
 * standard error. Standard input cannot be fixed.
 */
final class FixRun {

  private final FileFixer fixer = new FileFixer(MutationEngine.standard());
  private final PrintStream err;

  FixRun(PrintStream err) {
    this.err = err;
  }

  /**
   * Fixes every file of {@code inputs}.
   *
   * @return whether every file that needed fixing was fixed
   */
  boolean run(List<String> inputs) {
    boolean ok = true;
    int fixes = 0;
    int files = 0;
    for (String input : inputs) {
      for (String file : SourceLoader.expand(input, new ArrayList<InputError>())) {
        FileFixer.Outcome outcome = fixer.fix(file);
        if (!outcome.refusal().isEmpty()) {
          err.println("meshward check: cannot fix " + file + ": " + outcome.refusal());
          ok = false;
        }
        for (String fix : outcome.fixes()) {
          err.println("fixed " + file + ":" + fix);
        }
        fixes += outcome.fixes().size();
        files += outcome.fixes().isEmpty() ? 0 : 1;
      }
    }
    err.println(
        "--fix: "
            + fixes
            + (fixes == 1 ? " normalization" : " normalizations")
            + " written to "
            + files
            + (files == 1 ? " file." : " files."));
    return ok;
  }
}
