#!/usr/bin/env bash
# Renders 1,000 proxies x 20 MeshProxyPatches (full) and one changed patch (incremental), and
# times what a change costs the thread that makes it when the refresh thread renders it (the server),
# and the admission's render check of a new mesh-wide patch against the 1,000 known proxies.
# Usage: bench/xds-render.sh [rounds]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
java -Xmx1g -cp "$(test_classpath)" io.meshward.bench.XdsRenderBench "${1:-20}"
