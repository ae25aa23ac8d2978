#!/usr/bin/env bash
# Perform throughput and latency of the original JavaScript Conflux (npm conflux@1.1.8, installed into a
# temporary folder) and of this one, side by side in one run: 3 and 5 nodes in one process on the memory
# channel, 1 and 64 concurrent callers on followers. Needs the .NET 10 SDK, node and npm.
#
#   bench/compare.sh            # 5 s per configuration
#   bench/compare.sh 3          # 3 s per configuration
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"

results="$(mktemp)"
trap 'rm -f "$results"' EXIT

echo "== the original (conflux@1.1.8 on gaggle@2.1.4, Node $(node --version))" >&2
bash bench/original/run.sh --seconds "$seconds" | grep '^{' >>"$results"

# Server GC, as a server process would run: it mostly trims the p99 (GC pauses under 64 callers).
echo "== this library (.NET $(dotnet --version), server GC)" >&2
DOTNET_gcServer=1 dotnet run -c Release --project bench/Conflux.Benchmarks -- --performs "$seconds" | tee /dev/stderr | grep '^{' >>"$results"

node - "$results" <<'JS'
const fs = require('fs');
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(l => JSON.parse(l));
const get = (impl, n, c) => rows.find(r => r.impl === impl && r.nodes === n && r.callers === c);
console.log('\n| nodes | callers | original performs/s (p50, p99 ms) | Conflux .NET performs/s (p50, p99 ms) | ratio |');
console.log('|---:|---:|---:|---:|---:|');
for (const n of [3, 5]) for (const c of [1, 64]) {
  const a = get('conflux-js', n, c), b = get('conflux-dotnet', n, c);
  if (!a || !b) { console.log(`| ${n} | ${c} | ${a ? 'ok' : 'missing'} | ${b ? 'ok' : 'missing'} | |`); continue; }
  const fmt = r => `${Math.round(r.performsPerSec).toLocaleString('en-US')} (${r.p50Ms.toFixed(2)}, ${r.p99Ms.toFixed(2)})`;
  console.log(`| ${n} | ${c} | ${fmt(a)} | ${fmt(b)} | ${(b.performsPerSec / a.performsPerSec).toFixed(0)}x |`);
}
JS
