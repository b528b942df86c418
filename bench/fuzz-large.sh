#!/usr/bin/env bash
# The fuzz test with INPUTS mutated AdmissionReviews (default 1,000,000) sent to /validate and /mutate
# (seed SEED, default 20260801); prints the test's summary line.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
INPUTS="${INPUTS:-1000000}" SEED="${SEED:-20260801}"
cd "$ROOT"
log="$RESULTS/fuzz-large.txt"
./mvnw -B -q test -Dtest=AdmissionFuzzTest -Drobustness.fuzz.inputs="$INPUTS" \
  -Drobustness.fuzz.seed="$SEED" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
grep -h '^fuzz:' "$log" target/surefire-reports/io.meshward.robustness.AdmissionFuzzTest-output.txt 2>/dev/null | head -1 | sed 's/^/fuzz_large /'
exit "${status:-0}"
