package io.meshward.cli.report;

import java.util.List;

/**
 * {@code CheckReport} is everything a {@code meshward check} run found; every output format writes
 * it.
 *
 * @param summary the counts
 * @param results one per Kuma document, in input order (deletions last)
 * @param errors inputs that could not be read or parsed
 */
public record CheckReport(Summary summary, List<DocumentResult> results, List<InputError> errors) {

  /** Whether there was nothing to check at all. */
  public boolean empty() {
    return results.isEmpty() && errors.isEmpty() && summary.skipped() == 0;
  }
}
