#!/usr/bin/env bash
# Put throughput and latency over real sockets, side by side on this machine: a 3-node `conflux node
# --app kv` cluster (file store with fsync, then without; peers with a cluster secret) and a 3-node etcd 3.4
# cluster (no authentication: etcd's peers have none without TLS) and a 3-node DotNext cluster (bench/peers/dotnext:
# DotNext.Net.Cluster's Raft over its TCP transport, its write-ahead log on disk), all on loopback,
# each driven through its HTTP API by bench/Conflux.LoadDriver with 1 and 64 closed-loop callers.
# The conflux clusters are also driven through their Logux endpoint (ws://.../logux): 64 connections with
# LOGUX_WINDOW requests in flight each, LOGUX_BATCH per sync message, over LOGUX_KEYS keys per connection;
# and, without fsync, a fan-out run: FANOUT_SUBSCRIBERS subscribed connections time each committed action.
# The floors: HTTP alone (GET /health), a bare TCP round trip, and a 150-byte append with its fsync by one writer and
# by three at once (the three nodes share this disk); from them, the ceilings for any put and any durable put. And
# one conflux node alone without fsync, against GET /health on it: a put with no replication at all.
# Each HTTP, TCP or fsync driver run also prints its latencies' shape (mean, quantiles, the share of time in requests over 2 ms),
# and what each request cost the server processes: CPU time and thread switches (from /proc), which a rate alone hides.
#
#   bench/tcp-compare.sh         # 5 s per run (plus 10 s of warm-up: BENCH_WARMUP, in seconds)
#   bench/tcp-compare.sh 10      # 10 s per run
#   BENCH_ONLY=dotnext bench/tcp-compare.sh 2     # only some parts: any of conflux, floor, etcd, dotnext, comma-separated
#
# The .NET servers are published as they would be deployed: for this machine's runtime, with ReadyToRun code
# (BENCH_R2R=0: without, JIT only).
# Needs the .NET 10 SDK and curl; installs Debian's etcd-server with apt-get when etcd is missing.
# The conflux half is skipped, with a message, when src/Conflux.Cli is not in the tree, and DotNext when
# bench/peers/dotnext is missing or does not build.
# Every process the script starts is stopped by PID on exit, interrupted or not, and its temporary
# folder (data directories, logs) is deleted.
# Ports: BENCH_PORT_BASE (default 24100) and the next 40 ports on 127.0.0.1 must be free.
# Data: a temporary folder under BENCH_TMPDIR (default /var/tmp); the table names its file system.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-5}"
# The nodes' JIT still compiles hot code (tiered compilation, dynamic PGO) for the first seconds under load:
# with 3 s of warm-up, the fsync run with 1 caller measured 667 puts/s, with 10 s 902/s. etcd (Go) has no JIT
# and gets the same warm-up.
warmup="${BENCH_WARMUP:-10}"
callers_list=(1 64)
logux_window="${LOGUX_WINDOW:-32}"
logux_batch="${LOGUX_BATCH:-16}"
logux_keys="${LOGUX_KEYS:-1000}"
fanout_subscribers="${FANOUT_SUBSCRIBERS:-100}"
fanout_senders="${FANOUT_SENDERS:-8}"
port_base="${BENCH_PORT_BASE:-24100}"
only="${BENCH_ONLY:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds < 1 || seconds > 600)); then
  echo "usage: bench/tcp-compare.sh [seconds per run, 1-600, default 5]" >&2
  exit 2
fi
if ! [[ "$warmup" =~ ^[0-9]+$ ]] || ((warmup > 60)); then
  echo "BENCH_WARMUP must be whole seconds, 0-60 (got \"$warmup\")" >&2
  exit 2
fi
if ! [[ "$only" =~ ^((conflux|floor|etcd|dotnext)(,|$))*$ ]]; then
  echo "BENCH_ONLY must list parts among conflux, floor, etcd, dotnext, comma-separated (got \"$only\")" >&2
  exit 2
fi
# Whether a part of the run is wanted: all of them unless BENCH_ONLY names some.
wants() { [[ -z "$only" || ",$only," == *",$1,"* ]]; }

export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Data directories go under /var/tmp, which is on disk (/tmp may be a tmpfs, where fsync costs nothing).
work="$(mktemp -d "${BENCH_TMPDIR:-/var/tmp}/tcp-compare.XXXXXX")"
results="$work/results.jsonl"
: >"$results"
# shellcheck source=bench/lib.sh
source bench/lib.sh

# Runs the load driver, bounded in time, in the background so that an interrupt is handled at once;
# appends its JSON line to the results.
# The servers running (every process started so far) are named to the driver, which says what each put cost them in
# CPU and thread switches over the measured seconds.
drive() {
  local target="$1" urls="$2" callers="$3" label="$4" out="$work/driver.out" rc=0 servers=""
  shift 4
  if ((${#pids[@]} > 0)); then servers="$(IFS=,; echo "${pids[*]}")"; fi
  start "$out" timeout -k 5 $((seconds + warmup + 30)) dotnet "$driver" \
    --target "$target" --urls "$urls" --callers "$callers" --seconds "$seconds" --warmup "$warmup" --label "$label" \
    ${servers:+--servers "$servers"} "$@"
  local pid="${pids[${#pids[@]} - 1]}"
  wait "$pid" || rc=$?
  pids=("${pids[@]:0:${#pids[@]}-1}")
  grep -v '^{' "$out" >&2 || true
  if grep -q '^{' "$out"; then
    grep '^{' "$out" >>"$results"
  else
    echo "$label, $callers callers: the driver printed no result (exit code $rc)" >&2
  fi
}

# Polls until a command succeeds, at most $1 seconds.
wait_until() {
  local limit="$1" what="$2" deadline
  shift 2
  deadline=$((SECONDS + limit))
  until "$@"; do
    if ((SECONDS >= deadline)); then
      echo "$what: not ready after $limit s" >&2
      return 1
    fi
    sleep 0.2
  done
}

show_logs() {
  local log
  for log in "$@"; do
    echo "--- last lines of $(basename "$log")" >&2
    tail -n 20 "$log" >&2 || true
  done
}

command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

echo "== building the load driver" >&2
build bench/Conflux.LoadDriver
driver="$(target_path bench/Conflux.LoadDriver)"

# ---------------------------------------------------------------- conflux node --app kv, 3 nodes
secret="$(head -c 24 /dev/urandom | base64)"
conflux_ready() {
  # Every node names the same leader in GET /status.
  local port leader first=""
  for port in "$@"; do
    leader="$(curl -fsS -m 2 "http://127.0.0.1:$port/status" 2>/dev/null | grep -o '"leader": *"[^"]*"' | tr -d ' ')" || return 1
    [[ "$leader" != '"leader":""' ]] || return 1
    if [[ -z "$first" ]]; then first="$leader"; elif [[ "$leader" != "$first" ]]; then return 1; fi
  done
}

# run_conflux LABEL OFFSET [extra node options...]; nodes=N before it for another cluster size (3 by default).
run_conflux() {
  local label="$1" offset="$2"
  shift 2
  local base=$((port_base + offset)) i members="" urls="" ws_urls="" http_ports=() logs=() size="${nodes:-3}"
  for ((i = 1; i <= size; i++)); do
    members+="${members:+,}n$i=127.0.0.1:$((base + i))"
    urls+="${urls:+,}http://127.0.0.1:$((base + 5 + i))"
    ws_urls+="${ws_urls:+,}ws://127.0.0.1:$((base + 5 + i))/logux"
    http_ports+=($((base + 5 + i)))
  done
  check_ports_free $(for ((i = 1; i <= size; i++)); do echo $((base + i)); done) "${http_ports[@]}"
  echo "== $label: $size nodes, peers on $members" >&2
  for ((i = 1; i <= size; i++)); do
    mkdir -p "$work/$label/n$i"
    logs+=("$work/$label-n$i.log")
    # As in production: with a cluster secret (through the environment, out of the process list), so the
    # peers authenticate the handshake and tag every frame.
    start "$work/$label-n$i.log" env CONFLUX_SECRET="$secret" dotnet "$cli" node --id "n$i" --members "$members" \
      --http "127.0.0.1:$((base + 5 + i))" --app kv --data "$work/$label/n$i" "$@"
  done
  if wait_until 60 "$label" conflux_ready "${http_ports[@]}"; then
    for callers in "${callers_list[@]}"; do
      drive conflux "$urls" "$callers" "$label"
    done
    if ((size == 1)); then
      # One node alone: a put with no peer to replicate to, against GET /health on the same node. No cluster of
      # several nodes on these cores can do better than the first, and only as well as the second.
      for callers in "${callers_list[@]}"; do
        drive health "$urls" "$callers" "http-floor-1node"
      done
      stop_all
      return
    fi
    drive logux "$ws_urls" 64 "$label-logux" --window "$logux_window" --batch "$logux_batch" --keys "$logux_keys"
    if [[ -n "${floor:-}" ]]; then
      drive fanout "$ws_urls" "$fanout_senders" "$label-fanout" --subscribers "$fanout_subscribers" --window 16 --batch 8 --keys "$logux_keys"
      # The same driver on GET /health, which no event loop or peer sees: what HTTP alone costs here.
      for callers in "${callers_list[@]}"; do
        drive health "$urls" "$callers" "http-floor"
      done
    fi
  else
    show_logs "${logs[@]}"
  fi
  stop_all
}

if ! wants conflux; then
  echo "== conflux: skipped (BENCH_ONLY=$only)" >&2
elif [[ -f src/Conflux.Cli/Conflux.Cli.csproj ]]; then
  echo "== building src/Conflux.Cli" >&2
  cli="$(publish_server src/Conflux.Cli)"
  run_conflux conflux-fsync 0
  floor=1 run_conflux conflux-nofsync 10 --unsafe-no-fsync
  if wants floor; then
    nodes=1 run_conflux conflux-1node-nofsync 34 --unsafe-no-fsync
  fi
else
  echo "== conflux: skipped, src/Conflux.Cli is not in this tree (the node host is not merged yet)" >&2
fi

# ---------------------------------------------------------------- the network floor
# A bare 64-byte TCP round trip between two processes (the driver and a second driver as an echo server):
# a put pays at least one such trip, for replication, on top of its HTTP request.
run_tcp_floor() {
  local port=$((port_base + 30))
  check_ports_free "$port"
  echo "== tcp-floor: round trips to an echo process on 127.0.0.1:$port" >&2
  start "$work/echo.log" dotnet "$driver" --echo "$port"
  wait_until 20 "echo server" port_in_use "$port" || { show_logs "$work/echo.log"; stop_all; return; }
  for callers in "${callers_list[@]}"; do
    drive tcp "tcp://127.0.0.1:$port" "$callers" "tcp-floor"
  done
  stop_all
  # The disk: a 150-byte append and its fsync, by one writer alone and by three at once (a cluster's three nodes
  # on this one disk), in the directory the nodes' data went to.
  mkdir -p "$work/fsync"
  echo "== fsync-floor: appends made durable one by one, in $work/fsync" >&2
  drive fsync "file://$work/fsync" 1 "fsync-floor"
  drive fsync "file://$work/fsync" 3 "fsync-floor"
}
port_in_use() { ! port_free "$1"; }
if wants floor; then run_tcp_floor; fi

# ---------------------------------------------------------------- etcd 3.4, 3 nodes
etcd_ready() {
  local url
  for url in "$@"; do
    curl -fsS -m 2 "$url/health" 2>/dev/null | grep -q '"health":"true"' || return 1
  done
  # and a put through the gateway goes through
  curl -fsS -m 5 -X POST "$1/v3/kv/put" -d '{"key":"cmVhZHk=","value":"MQ=="}' >/dev/null 2>&1
}

run_etcd() {
  local label=etcd base=$((port_base + 20)) i cluster="" urls="" url_list=() logs=()
  for i in 1 2 3; do
    cluster+="${cluster:+,}e$i=http://127.0.0.1:$((base + i))"
    urls+="${urls:+,}http://127.0.0.1:$((base + 5 + i))"
    url_list+=("http://127.0.0.1:$((base + 5 + i))")
  done
  check_ports_free $((base + 1)) $((base + 2)) $((base + 3)) $((base + 6)) $((base + 7)) $((base + 8))
  echo "== $label $(etcd --version | head -n 1 | sed 's/etcd Version: //'): 3 nodes, peers on $cluster" >&2
  for i in 1 2 3; do
    logs+=("$work/etcd-e$i.log")
    start "$work/etcd-e$i.log" etcd --name "e$i" --data-dir "$work/etcd/e$i" \
      --listen-peer-urls "http://127.0.0.1:$((base + i))" --initial-advertise-peer-urls "http://127.0.0.1:$((base + i))" \
      --listen-client-urls "http://127.0.0.1:$((base + 5 + i))" --advertise-client-urls "http://127.0.0.1:$((base + 5 + i))" \
      --initial-cluster "$cluster" --initial-cluster-state new --initial-cluster-token "bench-$$"
  done
  if wait_until 60 "$label" etcd_ready "${url_list[@]}"; then
    for callers in "${callers_list[@]}"; do
      drive etcd "$urls" "$callers" "$label"
    done
  else
    show_logs "${logs[@]}"
  fi
  stop_all
}
if wants etcd; then
  scripts/apt-install.sh etcd etcd-server >/dev/null
  run_etcd
fi

# ---------------------------------------------------------------- DotNext.Net.Cluster, 3 nodes
# bench/peers/dotnext: DotNext's Raft over its TCP transport and its write-ahead log, serving the same HTTP put as
# conflux node (POST /perform/put); a follower forwards a put to the leader. See its README for what it fsyncs.
dotnext_ready() {
  conflux_ready "$@" || return 1
  # and a put through a follower or the leader goes through
  curl -fsS -m 5 -X POST -H 'Content-Type: application/json' -d '["ready","1"]' "http://127.0.0.1:$1/perform/put" >/dev/null 2>&1
}

run_dotnext() {
  local label=dotnext base=$((port_base + 31)) i members="" urls="" http_ports=() logs=()
  for i in 1 2 3; do
    members+="${members:+,}127.0.0.1:$((base + i))=127.0.0.1:$((base + 5 + i))"
    urls+="${urls:+,}http://127.0.0.1:$((base + 5 + i))"
    http_ports+=($((base + 5 + i)))
  done
  check_ports_free $((base + 1)) $((base + 2)) $((base + 3)) "${http_ports[@]}"
  echo "== $label (DotNext.Net.Cluster $(grep -o 'Include="DotNext.Net.Cluster" Version="[^"]*"' Directory.Packages.props | cut -d'"' -f4)): 3 nodes, Raft on TCP, members $members" >&2
  for i in 1 2 3; do
    logs+=("$work/dotnext-n$i.log")
    start "$work/dotnext-n$i.log" dotnet "$peer" --raft "127.0.0.1:$((base + i))" --members "$members" --data "$work/dotnext/n$i"
  done
  if wait_until 60 "$label" dotnext_ready "${http_ports[@]}"; then
    for callers in "${callers_list[@]}"; do
      drive conflux "$urls" "$callers" "$label"
    done
  else
    show_logs "${logs[@]}"
  fi
  stop_all
}

if ! wants dotnext; then
  echo "== dotnext: skipped (BENCH_ONLY=$only)" >&2
elif [[ ! -f bench/peers/dotnext/DotNextPeer.csproj ]]; then
  echo "== dotnext: skipped, bench/peers/dotnext is not in this tree" >&2
else
  echo "== building bench/peers/dotnext" >&2
  if peer="$(publish_server bench/peers/dotnext)"; then
    run_dotnext
  else
    echo "== dotnext: skipped, bench/peers/dotnext did not build (is DotNext.Net.Cluster on the package feed?)" >&2
  fi
fi

# ---------------------------------------------------------------- the table
field() { grep -o "\"$2\":[^,}]*" <<<"$1" | head -n 1 | cut -d: -f2 | tr -d '"'; }
echo
echo "3 nodes on loopback, one machine ($(nproc) cores, shared with the load driver), data on $(df --output=fstype "$work" | tail -n 1);"
echo "$seconds s per run after $warmup s of warm-up; 16-byte values; closed-loop callers spread over the 3 nodes."
echo
echo "| cluster | callers | puts/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|"
grep -v '"target":"fanout"' "$results" | while IFS= read -r line; do
  printf '| %s | %s | %.0f | %.2f | %.2f | %s |\n' "$(field "$line" impl)" "$(field "$line" callers)" \
    "$(field "$line" opsPerSec)" "$(field "$line" p50Ms)" "$(field "$line" p99Ms)" "$(field "$line" errors)"
done
echo
echo "Logux rows: callers are connections, each with $logux_window requests in flight, $logux_batch per sync message, $logux_keys keys each."
fanout="$(grep '"target":"fanout"' "$results" | head -n 1 || true)"
if [[ -n "$fanout" ]]; then
  printf '\nfan-out: %s subscribers, %.0f deliveries/s; from the leader stamping an action to its delivery (the commit included): p50 %s ms, p99 %s ms\n' \
    "$(field "$fanout" callers)" "$(field "$fanout" opsPerSec)" "$(field "$fanout" p50Ms)" "$(field "$fanout" p99Ms)"
fi

# The Logux endpoint's targets, in this run: 50,000 actions/s and 3x the HTTP API without fsync; 3x etcd with fsync.
# (prints nothing, and succeeds, when the run has no such row: with set -e a failing $(...) would end the script)
rate() { local line; line="$(grep "\"impl\":\"$1\"" "$results" | grep "\"callers\":$2," | head -n 1 || true)"; [[ -z "$line" ]] || field "$line" opsPerSec; }
lx_nofsync="$(rate conflux-nofsync-logux 64)"; http_nofsync="$(rate conflux-nofsync 64)"
lx_fsync="$(rate conflux-fsync-logux 64)"; etcd64="$(rate etcd 64)"
if [[ -n "$lx_nofsync" && -n "$http_nofsync" ]]; then
  awk -v l="$lx_nofsync" -v h="$http_nofsync" 'BEGIN { printf "logux without fsync: %.0f actions/s, %.1fx the HTTP API (targets: 50000 and 3x)\n", l, l / h }'
fi
if [[ -n "$lx_fsync" && -n "$etcd64" ]]; then
  awk -v l="$lx_fsync" -v e="$etcd64" 'BEGIN { printf "logux with fsync: %.0f actions/s, %.1fx etcd with 64 callers (target: 3x)\n", l, l / e }'
fi

# Puts/s side by side, fsync on everywhere: conflux (file store) against etcd and against DotNext, row by row.
echo
echo "fsync on, puts/s side by side:"
echo
echo "| callers | conflux | etcd | DotNext | conflux/etcd | conflux/DotNext |"
echo "|---:|---:|---:|---:|---:|---:|"
for callers in "${callers_list[@]}"; do
  c="$(rate conflux-fsync "$callers")"; e="$(rate etcd "$callers")"; d="$(rate dotnext "$callers")"
  awk -v n="$callers" -v c="${c:-}" -v e="${e:-}" -v d="${d:-}" 'function shown(x) { return x == "" ? "-" : sprintf("%.0f", x) }
    function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "-" : sprintf("%.2fx", a / b) }
    BEGIN { printf "| %s | %s | %s | %s | %s | %s |\n", n, shown(c), shown(e), shown(d), ratio(c, e), ratio(c, d) }'
done

# With one caller everything is in series: a put costs at least one HTTP request and one round trip between
# processes, so no put can beat the rate of the two together.
http1="$(grep '"impl":"http-floor"' "$results" | grep '"callers":1,' | head -n 1 || true)"
tcp1="$(grep '"impl":"tcp-floor"' "$results" | grep '"callers":1,' | head -n 1 || true)"
if [[ -n "$http1" && -n "$tcp1" ]]; then
  awk -v h="$(field "$http1" opsPerSec)" -v t="$(field "$tcp1" opsPerSec)" 'BEGIN {
    printf "\nceiling for any put with 1 caller (one HTTP request plus one round trip, in series): %.0f/s\n", 1 / (1 / h + 1 / t) }'
  fsync3="$(grep '"impl":"fsync-floor"' "$results" | grep '"callers":3,' | head -n 1 || true)"
  if [[ -n "$fsync3" ]]; then
    # Three writers at once: each one's mean time per fsync is 3 / (their ops/s together).
    awk -v h="$(field "$http1" opsPerSec)" -v t="$(field "$tcp1" opsPerSec)" -v f="$(field "$fsync3" opsPerSec)" 'BEGIN {
      printf "ceiling for a durable put with 1 caller (and one fsync while three files sync at once, %.3f ms): %.0f/s\n", 3000 / f, 1 / (1 / h + 1 / t + 3 / f) }'
  fi
fi

# Without fsync, against HTTP alone: the targets are 60 % of GET /health with 64 callers, and 60 % of the 1-caller
# ceiling above. One node alone (no replication) bounds what any cluster of these processes can reach on these cores.
one64="$(rate conflux-1node-nofsync 64)"; onehttp64="$(rate http-floor-1node 64)"
three64="$(rate conflux-nofsync 64)"; http64="$(rate http-floor 64)"
if [[ -n "$one64" && -n "$onehttp64" && -n "$three64" && -n "$http64" ]]; then
  awk -v a="$three64" -v b="$http64" -v c="$one64" -v d="$onehttp64" 'BEGIN {
    printf "\nwithout fsync, 64 callers: 3 nodes %.0f puts/s, %.0f %% of HTTP alone (%.0f/s); one node alone, no replication: %.0f puts/s, %.0f %% of HTTP alone on it (%.0f/s)\n",
      a, 100 * a / b, b, c, 100 * c / d, d }'
fi
one1="$(rate conflux-1node-nofsync 1)"; three1="$(rate conflux-nofsync 1)"
if [[ -n "$one1" && -n "$three1" && -n "$http1" && -n "$tcp1" ]]; then
  awk -v a="$three1" -v c="$one1" -v h="$(field "$http1" opsPerSec)" -v t="$(field "$tcp1" opsPerSec)" 'BEGIN {
    ceiling = 1 / (1 / h + 1 / t)
    printf "without fsync, 1 caller: 3 nodes %.0f puts/s, %.0f %% of the ceiling (%.0f/s); one node alone: %.0f puts/s\n", a, 100 * a / ceiling, ceiling, c }'
fi
