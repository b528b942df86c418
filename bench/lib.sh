# Shared helpers of the benchmark scripts (sourced, not run).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
JAR="${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"
JAVA="${JAVA:-java}"
AOT_APP="$ROOT/target/aot-app"
PORT="${BENCH_PORT:-8443}"
BASE="https://127.0.0.1:$PORT"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"

# Builds the application unless it is up to date (the launcher's rule).
build() {
  if [[ "$JAR" != "$ROOT/target/quarkus-app/quarkus-run.jar" ]]; then return; fi
  if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$JAR" -type f -print -quit)" ]]; then
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >&2
  fi
}

# Builds the aot-jar variant (what deploy/image/Dockerfile packages) into target/aot-app unless it is
# up to date.
build_aot() {
  if [[ ! -f "$AOT_APP/quarkus-run.jar" ]] || [[ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$AOT_APP/quarkus-run.jar" -type f -print -quit)" ]]; then
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot-app) >&2
  fi
}

# The java command of a JDK 25 or newer (AOT cache), or nothing: AOT_JAVA, else java on the PATH if
# new enough, else the newest /usr/lib/jvm/*/bin/java that is.
aot_java() {
  local candidate major
  for candidate in ${AOT_JAVA:-} java $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    major="$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
    if [[ -n "$major" ]] && ((major >= 25)); then
      echo "$candidate"
      return
    fi
  done
}

# Builds target/aot-app and trains its AOT cache with the image's training (deploy/image) unless the
# cache is newer than the build, the training and the Deployment's options; $1 is a JDK 25+ java.
# Sets AOT_CACHE.
train_aot() {
  build_aot
  AOT_CACHE="$AOT_APP/meshward.aot"
  if [[ ! -f "$AOT_CACHE" ]] || [[ -n "$(find "$AOT_APP/quarkus-run.jar" "$ROOT/deploy/image" "$ROOT/deploy/base/deployment.yaml" -newer "$AOT_CACHE" -type f -print -quit)" ]]; then
    JAVA_TOOL_OPTIONS="$DEPLOYMENT_JAVA_OPTS" "$1" "$ROOT/deploy/image/AotTraining.java" "$AOT_APP" "$AOT_CACHE" \
      "$ROOT"/deploy/image/training/*.json 2>&1 | grep -v '^Picked up' >&2
  fi
}

# The JVM options of the Deployment (JAVA_TOOL_OPTIONS in deploy/base/deployment.yaml), read from it.
DEPLOYMENT_JAVA_OPTS="$(awk '/name: JAVA_TOOL_OPTIONS/ {getline; sub(/^ *value: */, ""); print; exit}' "$ROOT/deploy/base/deployment.yaml")"

# Starts the server in a scratch directory; extra arguments are JVM options. Sets SERVER_PID and
# SERVER_DIR. The JVM runs as the Deployment runs it (deploy/base/deployment.yaml: its flags, and
# MaxRAM standing in for the 768 Mi container limit, so the heap starts at 12 MiB and stops at
# 384 MiB); SERVER_JAVA_OPTS replaces those options (SERVER_JAVA_OPTS= for the JVM's defaults on
# this machine). The serving certificate is created by the first run in bench/results/tls and then
# reused, as a cluster's replicas reuse the one cert-manager wrote.
start_server() {
  SERVER_DIR="$(mktemp -d)"
  (cd "$SERVER_DIR" && exec "$JAVA" ${SERVER_JAVA_OPTS--XX:MaxRAM=768m $DEPLOYMENT_JAVA_OPTS} "$@" -Dquarkus.http.ssl-port="$PORT" -Dmeshward.xds.port=0 \
    -Dmeshward.tls.dir="$RESULTS/tls" \
    -jar "$JAR" serve >"$SERVER_DIR/server.log" 2>&1) &
  SERVER_PID=$!
  trap stop_all EXIT
}

# Waits until /q/health/ready says UP (at most 60 s), asked as the kubelet's readiness probe asks:
# HTTP/1.1 on a new TLS connection each time (curl would otherwise negotiate HTTP/2, which neither
# the kubelet nor the API server, since Kubernetes 1.16, use towards a webhook).
wait_ready() {
  local deadline=$((SECONDS + 60))
  until curl -sfk --http1.1 "$BASE/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    if ((SECONDS > deadline)) || ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "server did not get ready; log: $SERVER_DIR/server.log" >&2
      return 1
    fi
    sleep 0.05
  done
}

stop_server() {
  if [[ -n "${SERVER_PID:-}" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

# Compiles the tests and prints the class path that runs the benchmark programs among them
# (src/test/java/io/meshward/bench). Online, so that a machine that has not run these plugins yet
# fetches them (no -o).
test_classpath() {
  (cd "$ROOT" && ./mvnw -B -q test-compile \
    && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
      -Dmdep.includeScope=test) >&2
  echo "$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$ROOT/target/bench-classpath.txt")"
}

# Starts an API server for a watching server (meshward.kubernetes.watch), as a cluster's would be:
# the fabric8 mock API server in CRUD mode (bench/../src/test/java/io/meshward/bench/MockApiServer.java,
# plain HTTP on the loopback interface) holding one Mesh and $1 Dataplanes. Sets MOCK_API_URL and
# MOCK_API_PID.
start_mock_api_server() {
  local log classpath
  classpath="$(test_classpath)"
  log="$(mktemp)"
  java -cp "$classpath" io.meshward.bench.MockApiServer 0 "$1" >"$log" 2>&1 &
  MOCK_API_PID=$!
  until grep -q "mock API server" "$log"; do
    kill -0 "$MOCK_API_PID" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.2
  done
  MOCK_API_URL="$(grep -o 'http://[0-9.:]*' "$log" | head -1)"
  trap stop_all EXIT
}

stop_mock_api_server() {
  if [[ -n "${MOCK_API_PID:-}" ]]; then
    kill "$MOCK_API_PID" 2>/dev/null || true
    wait "$MOCK_API_PID" 2>/dev/null || true
  fi
  MOCK_API_PID=""
}

stop_all() {
  stop_server
  stop_mock_api_server
}

# Resident set size of the server in MB.
rss_mb() {
  echo $(( $(ps -o rss= -p "$SERVER_PID") / 1024 ))
}

# CPU time (user + system) the server has used so far, in ms (all threads, JIT compilers included).
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVER_PID/stat"
}

# One line describing the machine and the JVM.
machine() {
  local cpu mem jvm
  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  mem="$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  jvm="$(java -version 2>&1 | sed -n 2p)"
  echo "$(nproc) cores ($cpu), $mem; $jvm; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
