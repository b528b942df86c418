package io.meshward.cli.report;

import java.util.List;

/**
 * {@code CheckReport} is everything a {@code meshward check} run found; every output format writes
 * it.
 *
 * @param summary the counts
 * @param results one per Kuma document, in input order (deletions last)
 * @param errors inputs that could not be read or parsed
 * @param xds the xDS change per proxy ({@code --xds}); {@code null} when not asked
 */
public record CheckReport(
    Summary summary, List<DocumentResult> results, List<InputError> errors, List<ProxyDiff> xds) {

  /** A report without xDS section. */
  public CheckReport(Summary summary, List<DocumentResult> results, List<InputError> errors) {
    this(summary, results, errors, null);
  }

  /** Whether generating xDS would fail for some proxy (which counts as a denial). */
  public boolean xdsFailed() {
    return xds != null && xds.stream().anyMatch(ProxyDiff::failed);
  }

  /** Whether there was nothing to check at all. */
  public boolean empty() {
    return results.isEmpty() && errors.isEmpty() && summary.skipped() == 0;
  }
}
