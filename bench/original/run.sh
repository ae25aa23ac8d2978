#!/usr/bin/env bash
# Measures the ORIGINAL JavaScript Conflux (npm conflux@1.1.8 on gaggle@2.1.4): perform throughput
# and latency for 3 and 5 nodes, with 1 and 64 concurrent callers, on gaggle's in-memory channel.
#
#   bash bench/original/run.sh                 # defaults: --seconds 5 --warmup 1
#   bash bench/original/run.sh --seconds 3     # extra arguments are passed to every bench.js run
#
# Needs only node and npm (no global installs). Installs into a temporary folder that is removed at
# the end. stdout: one JSON line per configuration; stderr: npm output and human-readable lines.
# Each configuration runs in its own Node process: gaggle's memory channel is a process-global map.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v node >/dev/null || { echo "node not found" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm not found" >&2; exit 1; }

cp "$here/bench.js" "$work/"
cd "$work"
echo "installing conflux@1.1.8 and gaggle@2.1.4 into a temporary folder..." >&2
npm install --no-audit --no-fund conflux@1.1.8 gaggle@2.1.4 >&2

# an outer guard on top of bench.js's own hard timeout (enough for --seconds up to ~60)
guard=()
if command -v timeout >/dev/null; then guard=(timeout -k 5 90); fi

status=0
for nodes in 3 5; do
  for callers in 1 64; do
    ${guard[@]+"${guard[@]}"} node bench.js --nodes "$nodes" --callers "$callers" "$@" || status=1
  done
done
exit $status
