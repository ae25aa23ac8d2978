#!/usr/bin/env bash
# Perform throughput and latency over Redis pub/sub, side by side in one run: the original JavaScript
# Conflux (npm conflux@1.1.8 on gaggle's Redis channel) and this one (Conflux.Redis), 3 and 5 nodes in
# one process each, 1 and 64 concurrent callers on a follower, against one redis-server started here.
# This library is also measured with the callers on the leader, for reference.
#
#   bench/redis-compare.sh          # 5 s per configuration
#   bench/redis-compare.sh 3        # 3 s per configuration
#
# Needs the .NET 10 SDK, node and npm; installs Debian's redis-server with apt-get when it is missing.
# The server listens on a free port of 127.0.0.1, keeps nothing on disk, and is stopped by its PID on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds < 1 || seconds > 600)); then
  echo "usage: bench/redis-compare.sh [seconds per configuration, 1-600, default 5]" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

redis_server="$(scripts/apt-install.sh redis-server redis-server)"

results="$(mktemp)"
redis_log="$(mktemp)"
redis_pid=""
cleanup() {
  if [ -n "$redis_pid" ]; then
    kill -TERM "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
  fi
  rm -f "$results" "$redis_log"
}
trap cleanup EXIT

# A free port: ask the kernel for one, then let redis-server take it (retried if someone else did first).
for attempt in 1 2 3 4 5; do
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "$redis_server" --port "$port" --bind 127.0.0.1 --save '' --appendonly no --protected-mode no --loglevel warning >"$redis_log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.1
  done
  if kill -0 "$redis_pid" 2>/dev/null; then break; fi
  redis_pid=""
done
[ -n "$redis_pid" ] || { echo "redis-server did not start:" >&2; cat "$redis_log" >&2; exit 1; }
echo "== redis-server $("$redis_server" --version | sed 's/.*v=\([^ ]*\).*/\1/') on 127.0.0.1:$port (pid $redis_pid)" >&2

echo "== the original (conflux@1.1.8 on gaggle@2.1.4, Node $(node --version), Redis channel)" >&2
bash bench/original/run.sh --seconds "$seconds" --redis "redis://127.0.0.1:$port" | grep '^{' >>"$results"

echo "== this library (.NET $(dotnet --version), server GC, Conflux.Redis)" >&2
dotnet build -c Release bench/Conflux.Benchmarks >/dev/null
bench() { DOTNET_gcServer=1 dotnet bench/Conflux.Benchmarks/bin/Release/net10.0/Conflux.Benchmarks.dll "$@"; }
bench --performs "$seconds" --redis "127.0.0.1:$port" | tee /dev/stderr | grep '^{' >>"$results"
bench --performs "$seconds" --redis "127.0.0.1:$port" --on-leader | tee /dev/stderr | grep '^{' >>"$results"
echo "== the floor: a bare StackExchange.Redis pub/sub round trip, no node" >&2
bench --redis-round-trip "127.0.0.1:$port" "$seconds" | tee /dev/stderr | grep '^{' >>"$results"

node - "$results" <<'JS'
const fs = require('fs');
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(l => JSON.parse(l));
const get = (impl, n, c) => rows.find(r => r.impl === impl && r.nodes === n && r.callers === c);
const fmt = r => r ? `${Math.round(r.performsPerSec).toLocaleString('en-US')} (${r.p50Ms.toFixed(2)}, ${r.p99Ms.toFixed(2)})` : 'missing';
console.log('\nRedis channel; performs/s (p50, p99 ms). The original resolves on the leader\'s append; this library on commit and apply on the calling node.\n');
console.log('| nodes | callers | original, on a follower | Conflux .NET, on a follower | ratio | Conflux .NET, on the leader |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const n of [3, 5]) for (const c of [1, 64]) {
  const a = get('conflux-js', n, c), b = get('conflux-dotnet-redis', n, c), l = get('conflux-dotnet-redis-on-leader', n, c);
  const ratio = a && b ? `${(b.performsPerSec / a.performsPerSec).toFixed(1)}x` : '';
  console.log(`| ${n} | ${c} | ${fmt(a)} | ${fmt(b)} | ${ratio} | ${fmt(l)} |`);
}
const rtt = rows.find(r => r.impl === 'redis-round-trip');
if (rtt) {
  // A perform committed and applied on a follower takes four hops: the request to the leader, its append to
  // the followers, their acknowledgements, and the append that carries the commit index.
  const ceiling = rtt.roundTripsPerSec / 2;
  console.log(`\nFloor in this run: a bare pub/sub round trip (two hops, no node) ${Math.round(rtt.roundTripsPerSec).toLocaleString('en-US')}/s, p50 ${Math.round(rtt.p50Us)} µs;` +
    ` four hops with no work in the nodes: at most ${Math.round(ceiling).toLocaleString('en-US')} performs/s with 1 caller.`);
  for (const n of [3, 5]) {
    const a = get('conflux-js', n, 1);
    if (a) console.log(`3x the original with 1 caller, ${n} nodes: ${Math.round(3 * a.performsPerSec).toLocaleString('en-US')}/s (${(3 * a.performsPerSec / ceiling).toFixed(2)}x that ceiling).`);
  }
}
JS
