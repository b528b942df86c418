#!/usr/bin/env bash
# Webhook throughput and latency over HTTPS, in one server run, after each endpoint is warm (below):
#   1. wrk (Debian's; apt-get install -y wrk) at full speed against /noop (the stack's ceiling),
#      /validate and /mutate with a realistic MeshProxyPatch AdmissionReview (meshproxypatch-review.json),
#      and /validate with a different Envoy value in every request (post-unique.lua);
#   2. p50/p99 at a fixed 500 requests/s against /validate with bench/FixedRate.java (an open-loop
#      load generator: latency from each request's due time, so stalls are not hidden), then against
#      /noop, the floor of the stack and the load generator at that rate.
# Also prints the server's CPU time per request of each endpoint (from /proc; robust to other load).
#   3. the /validate ÷ /noop ratio from alternating short runs (ROUNDS rounds of SLICE seconds on each,
#      the order swapped every round), so that a change of the machine's speed during the run (it
#      happens on shared VMs) hits both endpoints alike; the ratio is the median of the rounds'.
# The unique-values run comes last (see long_run).
# Environment: JAR (another build to measure), WRK_THREADS (2), WRK_CONNECTIONS (16), SECONDS_EACH (20),
# RATE (500), RATE_SECONDS (30), ROUNDS (6), SLICE (5), WARM_MIN (4), WARM_MIN_UNIQUE (12), WARM_MAX (18),
# WARM_TOLERANCE (0.05).
# Prints "key value" lines; the full outputs are kept in bench/results/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
T="${WRK_THREADS:-2}" C="${WRK_CONNECTIONS:-16}" D="${SECONDS_EACH:-20}"
RATE="${RATE:-500}" RATE_SECONDS="${RATE_SECONDS:-30}"
BODY_FILE="$BENCH_DIR/meshproxypatch-review.json"
build
start_server -Dmeshward.bench.noop=true ${BENCH_JAVA_OPTS:-}
wait_ready
for endpoint in noop validate mutate; do
  curl -sfk --http1.1 "$BASE/$endpoint" -H 'Content-Type: application/json' --data-binary "@$BODY_FILE" \
    | grep -q '"allowed":true' || { echo "/$endpoint does not answer allowed" >&2; exit 1; }
done
# Warm-up until steady: under full load on two cores the JIT needs 30-60 s to compile the paths of
# /validate (the first 5 s give a tenth of the final rate), so each endpoint is loaded in 5 s windows
# until two windows in a row are within WARM_TOLERANCE (5 %) of each other, at least WARM_MIN (4) and
# at most WARM_MAX (18) windows; the rates of the windows are printed, so the warm-up is on record.
# The wrk script of a run: "<endpoint>-unique" sends a different Envoy value in every request.
script_of() {
  if [[ "$1" == *-unique ]]; then echo post-unique.lua; else echo post.lua; fi
}
warm_up() {
  local run=$1 min=${2:-${WARM_MIN:-4}} endpoint="${1%-unique}" script rates=() previous=0 rate steady=0
  script="$(script_of "$run")"
  for ((w = 1; w <= ${WARM_MAX:-18}; w++)); do
    rate="$(BODY="$BODY_FILE" wrk -t"$T" -c"$C" -d5s -s "$BENCH_DIR/$script" "$BASE/$endpoint" | awk '/Requests\/sec/ {printf "%.0f", $2}')"
    rates+=("$rate")
    if awk -v a="$rate" -v b="$previous" -v t="${WARM_TOLERANCE:-0.05}" 'BEGIN {exit !(b > 0 && a >= b * (1 - t) && a <= b * (1 + t))}'; then
      steady=$((steady + 1))
    else
      steady=0
    fi
    previous=$rate
    ((w >= min && steady >= 1)) && break
  done
  echo "warm_up_${run}_rps ${rates[*]}"
}
for endpoint in noop validate mutate; do
  warm_up "$endpoint"
done
# One long run per endpoint; "validate-unique" (/validate with a different Envoy value in every
# request, post-unique.lua: the cost when no earlier parse or render can be reused) runs last of all,
# because its new code paths make the JIT recompile shared ones, which would slow what follows it.
long_run() {
  local run=$1 endpoint script out cpu0 cpu1 requests rps p99 non2xx
  endpoint="${run%-unique}" script="$(script_of "$run")"
  out="$RESULTS/wrk-$run.txt"
  echo "wrk -t$T -c$C -d${D}s --latency -s bench/$script $BASE/$endpoint" >"$out"
  cpu0="$(cpu_ms)"
  BODY="$BODY_FILE" wrk -t"$T" -c"$C" -d"${D}s" --latency -s "$BENCH_DIR/$script" "$BASE/$endpoint" >>"$out"
  cpu1="$(cpu_ms)"
  requests="$(awk '/requests in/ {print $1}' "$out")"
  rps="$(awk '/Requests\/sec/ {print $2}' "$out")"
  p99="$(awk '$1 == "99%" {print $2}' "$out")"
  non2xx="$(awk '/non-2xx/ {print $2}' "$out")"
  echo "wrk_${run}_rps $rps"
  echo "wrk_${run}_p99 $p99"
  echo "wrk_${run}_non2xx $non2xx"
  # Server CPU per request: unlike req/s, barely affected by other load on a shared machine.
  echo "server_cpu_${run}_ms_per_request $(awk -v c=$((cpu1 - cpu0)) -v n="$requests" 'BEGIN {printf "%.3f", c / n}')"
}
for run in noop validate mutate; do
  long_run "$run"
done
# Alternating rounds: requests per second of each endpoint within the same round.
ROUNDS="${ROUNDS:-6}" SLICE="${SLICE:-5}"
ratios=()
for ((round = 1; round <= ROUNDS; round++)); do
  order="noop validate"
  ((round % 2 == 0)) && order="validate noop"
  declare -A rps=()
  for endpoint in $order; do
    BODY="$BODY_FILE" wrk -t"$T" -c"$C" -d"${SLICE}s" -s "$BENCH_DIR/post.lua" "$BASE/$endpoint" >"$RESULTS/wrk-round.txt"
    rps[$endpoint]="$(awk '/Requests\/sec/ {print $2}' "$RESULTS/wrk-round.txt")"
  done
  ratio="$(awk -v a="${rps[validate]}" -v b="${rps[noop]}" 'BEGIN {printf "%.3f", a / b}')"
  ratios+=("$ratio")
  echo "round_${round} noop ${rps[noop]} validate ${rps[validate]} ratio $ratio"
  unset rps
done
sorted=($(printf '%s\n' "${ratios[@]}" | sort -n))
echo "ratio_validate_noop_median $(awk -v a="${sorted[$(((ROUNDS - 1) / 2))]}" -v b="${sorted[$((ROUNDS / 2))]}" 'BEGIN {printf "%.3f", (a + b) / 2}')"
# /validate, then /noop as the floor of this stack and load generator at the same rate.
for endpoint in validate noop; do
  out="$RESULTS/fixed-rate-$endpoint.txt"
  echo "java bench/FixedRate.java $BASE/$endpoint bench/meshproxypatch-review.json $RATE $RATE_SECONDS" >"$out"
  java "$BENCH_DIR/FixedRate.java" "$BASE/$endpoint" "$BODY_FILE" "$RATE" "$RATE_SECONDS" | tee -a "$out" \
    | sed "s/^/fixed_rate_$endpoint /"
done
# Warmed like the others first: its own paths (parsing a new value, rendering it) take the JIT 60-100 s
# under load to compile, so an unwarmed run would measure the JIT rather than the engine; at least
# WARM_MIN_UNIQUE (12) windows, since its rate can rise slowly enough to look steady early.
warm_up validate-unique "${WARM_MIN_UNIQUE:-12}"
long_run validate-unique
echo "rss_after_load_mb $(rss_mb)"
stop_server
