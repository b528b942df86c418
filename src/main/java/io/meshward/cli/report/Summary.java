package io.meshward.cli.report;

/**
 * {@code Summary} counts what a run found.
 *
 * @param documents Kuma documents judged (including deletions from {@code --base})
 * @param denied documents admission would deny
 * @param warnings warnings over all documents
 * @param mutated documents the mutating webhook would change
 * @param skipped documents of kinds that are not Kuma kinds
 * @param errors inputs that could not be read or parsed
 */
public record Summary(
    int documents, int denied, int warnings, int mutated, int skipped, int errors) {}
