#!/usr/bin/env bash
# Soak: SECONDS (default 600) at RATE (default 300) requests/s to /validate over HTTPS with
# bench/FixedRate.java (open loop, latency from each request's due time), body
# meshproxypatch-review.json, 16 keep-alive connections. Prints the error count, p50/p99 per
# INTERVAL (default 60 s), and the heap after a full GC (jcmd GC.run, then jstat) before and after,
# with the RSS. The JVM runs as the Deployment runs it (see lib.sh). Prints "key value" lines.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RATE="${RATE:-300}" SOAK_SECONDS="${SOAK_SECONDS:-600}" INTERVAL="${INTERVAL:-60}"
BODY_FILE="$BENCH_DIR/meshproxypatch-review.json"
build

# Heap in use after a full collection, in MB (all generations' used columns of jstat -gc).
heap_after_gc_mb() {
  jcmd "$SERVER_PID" GC.run >/dev/null
  jstat -gc "$SERVER_PID" | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
    NR == 2 {printf "%.1f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024}'
}

start_server
wait_ready
echo "soak_machine $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up (JIT) before the first heap reading.
java "$BENCH_DIR/FixedRate.java" "$BASE/validate" "$BODY_FILE" "$RATE" 30 5 >/dev/null
echo "soak_heap_after_gc_start_mb $(heap_after_gc_mb)"
echo "soak_rss_start_mb $(rss_mb)"
out="$RESULTS/soak.txt"
echo "java bench/FixedRate.java $BASE/validate bench/meshproxypatch-review.json $RATE $SOAK_SECONDS 0 16 $INTERVAL" >"$out"
java "$BENCH_DIR/FixedRate.java" "$BASE/validate" "$BODY_FILE" "$RATE" "$SOAK_SECONDS" 0 16 "$INTERVAL" \
  | tee -a "$out" | sed 's/^/soak /'
echo "soak_heap_after_gc_end_mb $(heap_after_gc_mb)"
echo "soak_rss_end_mb $(rss_mb)"
echo "soak_load_after $(cut -d' ' -f1-3 /proc/loadavg)"
stop_server
