#!/usr/bin/env bash
# The concurrency test for SECONDS seconds (default 60; the test command runs 15): 64 clients,
# mixed workload, every answer compared with the sequential one. Prints the test's summary line.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SECS="${SECONDS_TOTAL:-60}"
cd "$ROOT"
log="$RESULTS/concurrency.txt"
./mvnw -B -q test -Dtest=ConcurrencyTest -Drobustness.concurrency.seconds="$SECS" >"$log" 2>&1 || status=$?
# The test prints its summary on standard output, which Maven keeps in $log.
grep -h -m1 '^concurrency:' "$log" | sed 's/^/concurrency /' || true
exit "${status:-0}"
