#!/usr/bin/env bash
# meshward check on the command line, as CI runs it (java -jar quarkus-run.jar check, JVM start included):
#   1. a generated tree of DOCS Kuma documents (default 10,000) in FILES files (default 500): documents
#      per second end to end, and after subtracting the time of a one-MeshProxyPatch-file run;
#   2. a single small file (one MeshTimeout, and one MeshProxyPatch with an Envoy value): median wall
#      time of RUNS runs (default 5);
#   3. the ceiling that reading YAML alone sets (bench/YamlParseCeiling.java: every token of the
#      tree with its position through Jackson's YAML parser, one thread, no judging): the first
#      pass in a fresh JVM and the best of 8, with the CLI JVM flags;
#   4. with LARGE_DOCS (e.g. 100000; bench/run-all sets it unless QUICK): a tree of that many
#      documents (same mix, 20 per file) checked once with the CLI JVM flags, where the JVM start and
#      warm-up weigh little: the engine's sustained rate.
# The document mix per 20 documents: 6 MeshProxyPatch (Envoy values: cluster Patch, listener/network
# filter Patch, cluster Add; one in 40 documents is a denied one), 4 MeshTimeout (a third without the
# mesh label, which normalization adds), 4 MeshTrafficPermission (some denied by the schema), 2 MeshRetry, 1 MeshCircuitBreaker,
# 1 Mesh (every 5th one denied), 1 MeshPassthrough, 1 ConfigMap (not Kuma, skipped).
# Prints "key value" lines; CHECK_JAVA_OPTS adds JVM options (e.g. a JFR recording).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DOCS="${DOCS:-10000}"
FILES="${FILES:-500}"
RUNS="${RUNS:-5}"
build
work="$RESULTS/cli-check"
rm -rf "$work" && mkdir -p "$work/tree"

# One document of kind number $1 (0..19 within a group of 20) with serial $2.
doc() {
  local k=$1 n=$2 mesh="mesh-$(($2 % 7))"
  case $k in
    0 | 1 | 2 | 3 | 4 | 5)
      local target='kind: Mesh' op='Patch' bad=''
      ((n % 40 == 0)) && bad=$'\n      - cluster:\n          operation: Add'
      ((k % 3 == 1)) && target=$'kind: MeshSubset\n    tags:\n      app: web'
      cat <<EOF
apiVersion: kuma.io/v1alpha1
kind: MeshProxyPatch
metadata:
  name: patch-$n
  namespace: kuma-system
  labels:
    kuma.io/mesh: $mesh
spec:
  targetRef:
    $target
  default:
    appendModifications:
      - cluster:
          operation: $op
          match:
            name: outbound:passthrough:ipv4
            origin: outbound
          value: |
            connectTimeout: $((n % 9 + 1))s
            circuitBreakers:
              thresholds:
                - maxConnections: $((1024 + n))
      - networkFilter:
          operation: Patch
          match:
            name: envoy.filters.network.tcp_proxy
            listenerName: outbound:passthrough:ipv4
          value: |
            name: envoy.filters.network.tcp_proxy
            typedConfig:
              '@type': type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
              idleTimeout: $((n % 50 + 10))s
      - cluster:
          operation: Add
          value: |
            name: extra-$n
            connectTimeout: 2s
            type: STRICT_DNS
            loadAssignment:
              clusterName: extra-$n
              endpoints:
                - lbEndpoints:
                    - endpoint:
                        address:
                          socketAddress:
                            address: extra-$n.example.internal
                            portValue: 8080$bad
EOF
      ;;
    6 | 7 | 8 | 9)
      local labels=$'\n  labels:\n    kuma.io/mesh: '"$mesh"
      ((n % 3 == 0)) && labels=''
      cat <<EOF
apiVersion: kuma.io/v1alpha1
kind: MeshTimeout
metadata:
  name: timeout-$n
  namespace: kuma-system$labels
spec:
  targetRef:
    kind: Mesh
  to:
    - targetRef:
        kind: Mesh
      default:
        connectionTimeout: $((n % 20 + 1))s
        idleTimeout: 1h
        http:
          requestTimeout: 15s
EOF
      ;;
    10 | 11 | 12 | 13)
      local kind=Mesh
      ((n % 7 == 0)) && kind=Bogus
      cat <<EOF
apiVersion: kuma.io/v1alpha1
kind: MeshTrafficPermission
metadata:
  name: mtp-$n
  namespace: kuma-system
  labels:
    kuma.io/mesh: $mesh
spec:
  targetRef:
    kind: $kind
  from:
    - targetRef:
        kind: MeshSubset
        tags:
          kuma.io/service: client-$n
      default:
        action: Allow
EOF
      ;;
    14 | 15)
      cat <<EOF
apiVersion: kuma.io/v1alpha1
kind: MeshRetry
metadata:
  name: retry-$n
  namespace: kuma-system
  labels:
    kuma.io/mesh: $mesh
spec:
  targetRef:
    kind: Mesh
  to:
    - targetRef:
        kind: Mesh
      default:
        http:
          numRetries: $((n % 5 + 1))
          backOff:
            baseInterval: 15s
EOF
      ;;
    16)
      cat <<EOF
apiVersion: kuma.io/v1alpha1
kind: MeshCircuitBreaker
metadata:
  name: cb-$n
  namespace: kuma-system
  labels:
    kuma.io/mesh: $mesh
spec:
  targetRef:
    kind: Mesh
  to:
    - targetRef:
        kind: Mesh
      default:
        connectionLimits:
          maxConnections: $((n % 1000 + 1))
EOF
      ;;
    17)
      local enabled=ca-1
      ((n / 20 % 5 == 2)) && enabled=ca-2
      cat <<EOF
apiVersion: kuma.io/v1alpha1
kind: Mesh
metadata:
  name: generated-$n
spec:
  mtls:
    enabledBackend: $enabled
    backends:
      - name: ca-1
        type: builtin
  networking:
    outbound:
      passthrough: true
EOF
      ;;
    18)
      cat <<EOF
apiVersion: kuma.io/v1alpha1
kind: MeshPassthrough
metadata:
  name: passthrough-$n
  namespace: kuma-system
  labels:
    kuma.io/mesh: $mesh
spec:
  targetRef:
    kind: Mesh
  default:
    passthroughMode: Matched
    appendMatch:
      - type: Domain
        value: api-$n.example.com
        port: 443
        protocol: tls
EOF
      ;;
    *)
      cat <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: config-$n
data:
  key: value
EOF
      ;;
  esac
}

# Writes a tree of $2 documents in $3 files under directory $1.
generate_tree() {
  local root=$1 docs=$2 files=$3 per_file n=0 dir
  per_file=$(((docs + files - 1) / files))
  for ((f = 0; f < files && n < docs; f++)); do
    dir="$root/team-$((f % 10))"
    mkdir -p "$dir"
    {
      for ((d = 0; d < per_file && n < docs; d++)); do
        ((d > 0)) && echo '---'
        doc $((n % 20)) "$n"
        n=$((n + 1))
      done
    } >"$dir/policies-$f.yaml"
  done
}
generate_tree "$work/tree" "$DOCS" "$FILES"

small="$work/small.yaml"
doc 6 1 >"$small"
small_patch="$work/small-patch.yaml"
doc 0 1 >"$small_patch"

# "WALL_MS CPU_MS" of one check (CPU: user + system of the JVM); output and exit code kept in $work.
run_check() {
  local TIMEFORMAT='%3R %3U %3S' t
  set +e
  t="$( { time "$JAVA" $JAVA_OPTS -jar "$JAR" check "$@" >"$work/out.txt" 2>"$work/err.txt"; echo $? >"$work/code.txt"; } 2>&1)"
  set -e
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$t"
}

# Sets "summary" (the last run's JSON report summary, on one line) and "documents" (its count).
read_report() {
  summary="$(grep -m1 -A7 '"summary"' "$work/report.json" | tr -d ' \n' | sed 's/,$//')"
  documents="$(grep -o '"documents":[0-9]*' <<<"$summary" | cut -d: -f2)"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# Runs "$@" RUNS_OF times; sets WALLS, CPUS (space-separated ms) and WALL, CPU (medians).
measure() {
  local runs=$1 w c
  shift
  WALLS="" CPUS=""
  for ((i = 0; i < runs; i++)); do
    read -r w c < <(run_check "$@")
    WALLS="$WALLS $w" CPUS="$CPUS $c"
  done
  WALL="$(median $WALLS)" CPU="$(median $CPUS)"
}

echo "cli_load_before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cli_tree_files $(find "$work/tree" -name '*.yaml' | wc -l)"
# Three JVM set-ups: the default one (what `java -jar` gives); the one docs/cli.md recommends for a
# short-lived command (C1 only, serial GC: less JIT and GC work on few cores); and, where a JDK 25+
# is found, the image's (deploy/image): the aot-jar build with the server's AOT cache, CLI flags.
setups="default cli"
java25="$(aot_java)"
if [[ -n "$java25" ]]; then
  train_aot "$java25"
  setups="$setups aot"
fi
for setup in $setups; do
  JAVA_OPTS="${CHECK_JAVA_OPTS:-}"
  [[ $setup != default ]] && JAVA_OPTS="$JAVA_OPTS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  if [[ $setup == aot ]]; then
    JAVA="$java25" JAR="$AOT_APP/quarkus-run.jar"
    JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=$AOT_CACHE --sun-misc-unsafe-memory-access=allow"
  fi
  measure "$RUNS" "$small"
  echo "cli_${setup}_single_file_ms median $WALL (cpu $CPU; runs:$WALLS; exit $(cat "$work/code.txt"))"
  measure "$RUNS" "$small_patch"
  start_ms=$WALL
  echo "cli_${setup}_single_patch_file_ms median $WALL (cpu $CPU; runs:$WALLS; exit $(cat "$work/code.txt"))"
  measure "${TREE_RUNS:-3}" --output "json=$work/report.json" --output text "$work/tree"
  read_report
  echo "cli_${setup}_tree_ms median $WALL (cpu $CPU; runs:$WALLS; exit $(cat "$work/code.txt"); $summary)"
  awk -v d="$documents" -v t="$WALL" -v s="$start_ms" -v k="cli_${setup}_tree_docs_per_s" 'BEGIN {
    printf "%s %.0f (after the start-up of a one-patch run: %s)\n", k, d * 1000 / t, (t > s ? sprintf("%.0f", d * 1000 / (t - s)) : "n/a")
  }'
done

CLI_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
echo "cli_yaml_parse_only $(java $CLI_FLAGS -cp "$(ls "$ROOT"/target/quarkus-app/lib/main/*.jar | tr '\n' :)" \
  "$BENCH_DIR/YamlParseCeiling.java" "$work/tree" 8)"

if ((${LARGE_DOCS:-0} > 0)); then
  generate_tree "$work/large" "$LARGE_DOCS" "$((LARGE_DOCS / 20))"
  JAVA=java JAR="$ROOT/target/quarkus-app/quarkus-run.jar" JAVA_OPTS="$CLI_FLAGS"
  measure 1 --output "json=$work/report.json" --output text "$work/large"
  read_report
  echo "cli_cli_large_tree_ms $WALL (cpu $CPU; exit $(cat "$work/code.txt"); $summary)"
  awk -v d="$documents" -v t="$WALL" -v c="$CPU" 'BEGIN {
    printf "cli_cli_large_tree_docs_per_s %.0f (%.3f ms of CPU per document)\n", d * 1000 / t, c / d
  }'
fi
echo "cli_load_after $(cut -d' ' -f1-3 /proc/loadavg)"
