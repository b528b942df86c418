#!/usr/bin/env bash
# Renders 1,000 proxies x 20 MeshProxyPatches (full) and one changed patch (incremental), and
# times what a change costs the thread that makes it when the refresh thread renders it (the server),
# and the admission's render check of a new mesh-wide patch against the 1,000 known proxies.
# Usage: bench/xds-render.sh [rounds]   (run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
# Online, so that a machine that has not run these plugins yet fetches them (no -o).
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.meshward.bench.XdsRenderBench "${1:-20}"
