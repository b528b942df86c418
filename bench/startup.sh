#!/usr/bin/env bash
# Startup: wall time from process start to /q/health/ready UP (polled every 50 ms over HTTPS with
# HTTP/1.1, as the kubelet probes; lib.sh wait_ready), and
# the CPU time the process used until then, over RUNS runs (default 3), first as the jar starts
# plainly, then with an application class-data archive (AppCDS: a training run that starts, answers
# one /validate and stops writes bench/results/meshward.jsa with -XX:ArchiveClassesAtExit; the
# measured runs use -XX:SharedArchiveFile). Then RSS at idle (10 s after ready) and the peak during
# 30 s of wrk load on /validate. Then, where a JDK 25 or newer is found (AOT_JAVA, see lib.sh), the
# same for the image deploy/image/Dockerfile builds: the aot-jar build (target/aot-app) started with
# the AOT cache deploy/image/AotTraining.java writes (JEP 483/514/515), first without and then with
# the Deployment's watch of the API server (a mock one, see the end). Prints "key value" lines.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-3}"
ARCHIVE="$RESULTS/meshward.jsa"
build

# Measures RUNS starts with the given JVM options; prints startup_<label>_* lines and leaves the
# last server running.
measure() {
  local label=$1 times=() cpus=() sorted
  shift
  for ((i = 1; i <= RUNS; i++)); do
    stop_server
    local t0 t1
    t0=$(date +%s%N)
    start_server "$@" ${BENCH_JAVA_OPTS:-}
    wait_ready
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000000)))
    cpus+=($(cpu_ms))
    quarkus="$(grep -o 'started in [0-9.]*s' "$SERVER_DIR/server.log" | head -1)"
    echo "startup_${label}_run_${i}_ms ${times[-1]} (cpu ${cpus[-1]} ms; quarkus: $quarkus; load $(cut -d' ' -f1 /proc/loadavg))"
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "startup_${label}_median_ms ${sorted[$((RUNS / 2))]}"
  sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
  echo "startup_${label}_cpu_median_ms ${sorted[$((RUNS / 2))]}"
}

measure plain
# The training run for the archive (the archive belongs to this JVM and this build).
stop_server
rm -f "$ARCHIVE"
start_server -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off
wait_ready
curl -sfk --http1.1 "$BASE/validate" -H 'Content-Type: application/json' \
  --data-binary "@$BENCH_DIR/meshproxypatch-review.json" >/dev/null
stop_server
measure appcds -XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off

# RSS of the running server 10 s after ready, then its peak during 30 s of wrk on /validate; $1 is
# the key prefix.
rss() {
  sleep 10
  echo "${1}_idle_mb $(rss_mb)"
  if command -v wrk >/dev/null; then
    BODY="$BENCH_DIR/meshproxypatch-review.json" wrk -t2 -c16 -d30s -s "$BENCH_DIR/post.lua" "$BASE/validate" >/dev/null &
    wrk_pid=$!
    peak=0
    while kill -0 "$wrk_pid" 2>/dev/null; do
      r=$(rss_mb); ((r > peak)) && peak=$r
      sleep 1
    done
    echo "${1}_under_load_peak_mb $peak"
  fi
  stop_server
}
rss rss

java25="$(aot_java)"
if [[ -z "$java25" ]]; then
  echo "startup_aot skipped: no JDK 25 or newer (set AOT_JAVA)"
  exit 0
fi
train_aot "$java25"
JAVA="$java25" JAR="$AOT_APP/quarkus-run.jar" measure aot -XX:AOTCache="$AOT_CACHE" --sun-misc-unsafe-memory-access=allow
echo "startup_aot_jvm $("$java25" -version 2>&1 | sed -n 2p)"
JAVA="$java25" rss rss_aot
# The image as the Deployment runs it: watching the cluster's Kuma objects (MESHWARD_KUBERNETES_WATCH),
# here of a mock API server holding one Mesh and WATCH_DATAPLANES (1000) Dataplanes; readiness waits
# for the informers' first listing. The mock server's JVM is started first and left idle 5 s.
start_mock_api_server "${WATCH_DATAPLANES:-1000}"
sleep 5
echo "startup_aot_watch_dataplanes ${WATCH_DATAPLANES:-1000}"
JAVA="$java25" JAR="$AOT_APP/quarkus-run.jar" measure aot_watch -XX:AOTCache="$AOT_CACHE" --sun-misc-unsafe-memory-access=allow \
  -Dmeshward.kubernetes.watch=true -Dkubernetes.master="$MOCK_API_URL"
JAVA="$java25" rss rss_aot_watch
stop_mock_api_server
