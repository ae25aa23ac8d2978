#!/usr/bin/env bash
# Restart with a large state (issue 18): one `conflux node --app kv` (a single-member cluster, file store with
# fsync, a cluster secret) is filled with KEYS distinct keys through its Logux endpoint by bench/Conflux.LoadDriver
# (--target logux --total KEYS: keys k<connection>-<n>, each put once, every value the 16-byte string
# "0123456789abcdef"), then killed with SIGKILL and started again on the same data directory, RESTART_RUNS times.
# Each restart is timed from the process spawn to the node's own log lines, which carry the time to the millisecond:
# "serves HTTP" (the web server listens and the node has started: GET /health answers) and "is leader in term";
# nothing polls the node meanwhile (curl every 10 ms took a tenth of a second of these 2 cores from the start it timed,
# and saw the leader 50 ms late). Then GET /status is polled until its appliedIndex is back where it was at the kill;
# the node's resident memory (VmRSS) and peak (VmHWM) are read from /proc once it is back. A put snapshots the state every --snapshot-entries actions, so a restart
# loads a snapshot and replays the log tail after it, like a real node. The floors, in the same run: the same node
# on an empty data directory, and the time this machine takes to map as much fresh memory as the restart's peak held
# above the empty node (Conflux.LoadDriver --fault-floor MB).
#
#   bench/restart.sh             # 1,000,000 keys (RESTART_KEYS, or the first argument), 3 restarts
#   RESTART_SNAPSHOT_ENTRIES=5000 bench/restart.sh 20000     # a smoke run (with snapshots)
#   RESTART_RUNS=1 RESTART_SNAPSHOT_ENTRIES=50000 bench/restart.sh 200000
#
# The node is published as it would be deployed, in each of RESTART_DEPLOYMENTS (default "r2r composite"), and the
# restarts alternate between them on the same data: r2r is framework-dependent with ReadyToRun code; composite is
# self-contained, the app and the .NET libraries compiled ahead of time into one image; jit has no precompiled code
# (bench/lib.sh, publish_server_as). The fill runs on the first.
# Needs the .NET 10 SDK and curl. Every process the script starts is stopped by PID on exit, interrupted or not,
# and its temporary folder (data directory, logs) is deleted.
# Ports: BENCH_PORT_BASE (default 24200) and the next 2 ports on 127.0.0.1 must be free.
# Data: a temporary folder under BENCH_TMPDIR (default /var/tmp); the output names its file system.
set -euo pipefail
cd "$(dirname "$0")/.."

keys="${1:-${RESTART_KEYS:-1000000}}"
runs="${RESTART_RUNS:-3}"
snapshot_entries="${RESTART_SNAPSHOT_ENTRIES:-20000}"  # conflux node's default
read -r -a deployments <<<"${RESTART_DEPLOYMENTS:-r2r composite}"
((${#deployments[@]} > 0)) || { echo "RESTART_DEPLOYMENTS names no deployment" >&2; exit 2; }
declare -A seen_deployment=()
for deployment in "${deployments[@]}"; do
  if [[ "$deployment" != r2r && "$deployment" != composite && "$deployment" != jit ]]; then
    echo "RESTART_DEPLOYMENTS takes r2r, composite and jit (got \"$deployment\")" >&2
    exit 2
  fi
  [[ -z "${seen_deployment[$deployment]:-}" ]] || { echo "RESTART_DEPLOYMENTS names $deployment twice" >&2; exit 2; }
  seen_deployment[$deployment]=1
done
# The fill: connections, requests in flight on each, puts per sync message.
fill_callers="${RESTART_FILL_CALLERS:-4}"
fill_window="${RESTART_FILL_WINDOW:-256}"
fill_batch="${RESTART_FILL_BATCH:-64}"
port_base="${BENCH_PORT_BASE:-24200}"
if ! [[ "$keys" =~ ^[0-9]+$ ]] || ((keys < 1 || keys > 20000000)); then
  echo "usage: bench/restart.sh [keys, 1-20000000, default 1000000]" >&2
  exit 2
fi
if ! [[ "$runs" =~ ^[0-9]+$ ]] || ((runs < 1 || runs > 10)); then
  echo "RESTART_RUNS must be 1 to 10 (got \"$runs\")" >&2
  exit 2
fi
if ! [[ "$snapshot_entries" =~ ^[0-9]+$ ]] || ((snapshot_entries < 1)); then
  echo "RESTART_SNAPSHOT_ENTRIES must be a whole number above 0 (got \"$snapshot_entries\")" >&2
  exit 2
fi
for value in "$fill_callers" "$fill_window" "$fill_batch"; do
  if ! [[ "$value" =~ ^[0-9]+$ ]] || ((value < 1 || value > 1024)); then
    echo "RESTART_FILL_CALLERS, RESTART_FILL_WINDOW and RESTART_FILL_BATCH must be 1 to 1024 (got \"$value\")" >&2
    exit 2
  fi
done

export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The data directory goes under /var/tmp, which is on disk (/tmp may be a tmpfs, where fsync costs nothing).
work="$(mktemp -d "${BENCH_TMPDIR:-/var/tmp}/restart.XXXXXX")"
data="$work/n1"
# shellcheck source=bench/lib.sh
source bench/lib.sh

now_ns() { date +%s%N; }

# Milliseconds from $1 to $2 (nanosecond clock readings).
ms_between() { echo $((($2 - $1) / 1000000)); }

# A field of the node's GET /status (a number or a string), or nothing when it does not answer.
status_field() {
  curl -fsS -m 2 "$http_url/status" 2>/dev/null | grep -o "\"$1\":[^,}]*" | head -n 1 | cut -d: -f2 | tr -d '"' || true
}

# VmRSS or VmHWM of a process, in kB.
proc_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k * 1024 / 1e6 }'; }

show_log() {
  echo "--- last lines of $(basename "$1")" >&2
  tail -n 20 "$1" >&2 || true
}

command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "the .NET 10 SDK (dotnet) is required" >&2; exit 1; }
[[ -f src/Conflux.Cli/Conflux.Cli.csproj ]] || { echo "src/Conflux.Cli is not in this tree" >&2; exit 1; }

peer_port=$((port_base + 1))
http_port=$((port_base + 2))
http_url="http://127.0.0.1:$http_port"
check_ports_free "$peer_port" "$http_port"

echo "== building src/Conflux.Cli and the load driver" >&2
build bench/Conflux.LoadDriver
declare -A cli
for deployment in "${deployments[@]}"; do
  echo "== publishing the node: $deployment" >&2
  cli[$deployment]="$(publish_server_as src/Conflux.Cli "$deployment")"
done
driver="$(target_path bench/Conflux.LoadDriver)"

secret="$(head -c 24 /dev/urandom | base64)"
mkdir -p "$data"
# Starts the node as deployed in $1 on the data directory ($3, or the filled one), with its output in log file $2;
# sets node_pid.
start_node() {
  local command
  read -r -a command <<<"${cli[$1]}"
  # The secret through the environment, out of the process list, as in production.
  start "$2" env CONFLUX_SECRET="$secret" "${command[@]}" node --id n1 --members "n1=127.0.0.1:$peer_port" \
    --http "127.0.0.1:$http_port" --app kv --data "${3:-$data}" --snapshot-entries "$snapshot_entries"
  node_pid="${pids[${#pids[@]} - 1]}"
}

# Milliseconds from the spawn at $1 (nanosecond clock reading) to the time a node's log line $2 starts with (HH:MM:SS.mmm,
# UTC, as conflux node logs), across midnight too.
ms_to_line() {
  local spawned_ms=$((($1 / 1000000) % 86400000)) t="${2%% *}" line_ms
  line_ms=$(((10#${t:0:2} * 3600 + 10#${t:3:2} * 60 + 10#${t:6:2}) * 1000 + 10#${t:9:3}))
  echo $(((line_ms - spawned_ms + 86400000) % 86400000))
}

# Waits for the first line of log $2 that holds $3, at most $1 seconds, without polling: a blocked read of the log as it
# grows, woken once a second to see whether the node exited. Prints the line.
wait_line() {
  local limit="$1" log="$2" text="$3" fd tail_pid line part="" found=1 deadline
  deadline=$(($(now_ns) + limit * 1000000000))
  # Bounded by itself too, should this shell be killed before it kills it.
  exec {fd}< <(exec timeout "$((limit + 5))" tail -n +1 -F "$log" 2>/dev/null)
  tail_pid=$!
  while (($(now_ns) < deadline)); do
    if IFS= read -r -t 1 -u "$fd" line; then
      line="$part$line"
      part=""
      [[ "$line" == *"$text"* ]] && { found=0; break; }
    else
      # Past 128: the read timed out, keeping what it had of a line, whose rest comes with the next one. Else the
      # log's reader ended.
      (($? > 128)) || break
      part+="$line"
      kill -0 "$node_pid" 2>/dev/null && continue
      echo "the node exited" >&2
      break
    fi
  done
  kill "$tail_pid" 2>/dev/null || true
  exec {fd}<&-
  ((found == 0)) || { echo "no \"$text\" in $(basename "$log") after $limit s" >&2; return 1; }
  echo "$line"
}

# Polls (about every 10 ms, curl's own time aside) until a command succeeds or the node exits, at most $1 seconds.
poll() {
  local limit="$1" deadline
  shift
  deadline=$(($(now_ns) + limit * 1000000000))
  until "$@"; do
    kill -0 "$node_pid" 2>/dev/null || { echo "the node exited" >&2; return 1; }
    (($(now_ns) < deadline)) || { echo "not ready after $limit s: $*" >&2; return 1; }
    sleep 0.01
  done
}
is_leader() { [[ "$(status_field role)" == leader ]]; }
applied_reached() { local a; a="$(status_field appliedIndex)"; [[ -n "$a" ]] && ((a >= $1)); }

if ((keys < snapshot_entries)); then
  echo "note: $keys keys are fewer than --snapshot-entries $snapshot_entries, so the restarts replay the whole log (no snapshot)" >&2
fi
echo "== filling one node with $keys keys (snapshot every $snapshot_entries actions)" >&2
start_node "${deployments[0]}" "$work/fill.log"
poll 60 is_leader || { show_log "$work/fill.log"; exit 1; }
# Bounded: at least 1,000 puts/s, plus a minute.
fill_seconds=$((keys / 1000 + 60))
fill_out="$work/fill.out"
rc=0
# In the background, so that an interrupt is handled at once.
start "$fill_out" timeout -k 5 $((fill_seconds + 30)) dotnet "$driver" --target logux --urls "ws://127.0.0.1:$http_port/logux" \
  --callers "$fill_callers" --window "$fill_window" --batch "$fill_batch" --seconds "$fill_seconds" --warmup 0 \
  --total "$keys" --label fill
fill_pid="${pids[${#pids[@]} - 1]}"
wait "$fill_pid" || rc=$?
forget_pid "$fill_pid"
grep -v '^{' "$fill_out" >&2 || true
result="$(grep '^{' "$fill_out" || true)"
json_field() { grep -o "\"$2\":[^,}]*" <<<"$1" | head -n 1 | cut -d: -f2 | tr -d '"'; }
if [[ -z "$result" || "$(json_field "$result" ops)" != "$keys" || "$(json_field "$result" errors)" != 0 ]]; then
  echo "the fill did not put $keys keys without errors (driver exit code $rc)" >&2
  show_log "$work/fill.log"
  exit 1
fi
fill_rate="$(json_field "$result" opsPerSec)"
fill_secs="$(json_field "$result" seconds)"

# Each answered put was applied on this node (its logux/processed follows the apply); the status says where.
applied="$(status_field appliedIndex)"
[[ -n "$applied" ]] || { echo "GET /status did not answer after the fill" >&2; show_log "$work/fill.log"; exit 1; }

# A known key and its value: connection 0's first put. A cas from that value to itself is the cheapest read of one key
# the HTTP API has (GET /state returns everything): it fails ("precondition failed") unless the key holds that value.
# It appends one action, which the restarts then recover too.
check_key() {
  curl -fsS -m 10 -X POST -H 'content-type: application/json' "$http_url/perform/cas" \
    -d '["k0-1","0123456789abcdef","0123456789abcdef"]' 2>/dev/null | grep -q '"action"'
}
check_key || { echo "the known key k0-1 does not hold its value after the fill" >&2; exit 1; }

rows=()
for ((step = 0; step < runs * ${#deployments[@]}; step++)); do
  run=$((step / ${#deployments[@]} + 1))
  deployment="${deployments[step % ${#deployments[@]}]}"
  applied="$(status_field appliedIndex)"
  rss_before="$(proc_kb "$node_pid" VmRSS)"
  hwm_before="$(proc_kb "$node_pid" VmHWM)"
  data_bytes="$(du -sb "$data" | cut -f1)"
  data_disk_kb="$(du -sk "$data" | cut -f1)"
  snap="$(find "$data/snap" -name '*.snap' -printf '%f %s\n' 2>/dev/null | sort | tail -n 1)"
  snap_index=$((10#$(cut -c1-20 <<<"${snap:-00000000000000000000}")))
  snap_bytes="${snap##* }"
  tail_entries=$((applied - snap_index))

  echo "== restart $run ($deployment): SIGKILL at applied index $applied (snapshot at $snap_index, $tail_entries entries in the log tail)" >&2
  kill -KILL "$node_pid"
  wait "$node_pid" 2>/dev/null || true
  forget_pid "$node_pid"
  log="$work/restart-$run-$deployment.log"
  spawned="$(now_ns)"
  spawned_clock="$(date -u -d "@$((spawned / 1000000000)).$(printf '%09d' $((spawned % 1000000000)))" +%H:%M:%S.%3N)"
  start_node "$deployment" "$log"
  line="$(wait_line 120 "$log" "serves HTTP")" || { show_log "$log"; exit 1; }
  t_http="$(ms_to_line "$spawned" "$line")"
  line="$(wait_line 120 "$log" "is leader in term")" || { show_log "$log"; exit 1; }
  t_leader="$(ms_to_line "$spawned" "$line")"
  poll 120 applied_reached "$applied" || { show_log "$log"; exit 1; }
  t_applied="$(ms_between "$spawned" "$(now_ns)")"
  rss_after="$(proc_kb "$node_pid" VmRSS)"
  hwm_after="$(proc_kb "$node_pid" VmHWM)"
  check_key || { echo "restart $run: the known key k0-1 does not hold its value" >&2; exit 1; }
  echo "   spawned at $spawned_clock (UTC); the node's log:" >&2
  grep -E 'Conflux\.(Raft|Storage)|serves HTTP' "$log" | sed 's/^/     /' >&2 || true
  rows+=("$run $deployment $tail_entries $rss_before $hwm_before $t_http $t_leader $t_applied $rss_after $hwm_after")
done

# The floor under the target, in the same run: the same node on an empty data directory (nothing to load).
kill -KILL "$node_pid"
wait "$node_pid" 2>/dev/null || true
forget_pid "$node_pid"
floor=()
for ((step = 0; step < runs * ${#deployments[@]}; step++)); do
  run=$((step / ${#deployments[@]} + 1))
  deployment="${deployments[step % ${#deployments[@]}]}"
  empty="$work/empty-$run-$deployment"
  mkdir -p "$empty"
  echo "== floor $run ($deployment): the same node on an empty data directory" >&2
  spawned="$(now_ns)"
  start_node "$deployment" "$empty.log" "$empty"
  line="$(wait_line 60 "$empty.log" "serves HTTP")" || { show_log "$empty.log"; exit 1; }
  t_http="$(ms_to_line "$spawned" "$line")"
  line="$(wait_line 60 "$empty.log" "is leader in term")" || { show_log "$empty.log"; exit 1; }
  t_leader="$(ms_to_line "$spawned" "$line")"
  floor+=("$deployment $t_http $t_leader $(proc_kb "$node_pid" VmRSS)")
  stop_pid "$node_pid"
  forget_pid "$node_pid"
done

# The memory floor, in the same run: a restart writes the state into memory the process never touched, and each fresh
# page costs a fault (in a virtual machine, the hypervisor's too). Timed on as many MB as the last restart's peak
# resident memory (VmHWM) held above the empty node.
read -r _ _ _ _ _ _ _ _ _ last_peak <<<"${rows[${#rows[@]} - 1]}"
read -r _ _ _ empty_rss <<<"${floor[${#floor[@]} - 1]}"
state_mb=$(((last_peak - empty_rss) / 1024))
((state_mb >= 1)) || state_mb=1
echo "== fault floor: the first write to each page of $state_mb MB of fresh memory" >&2
fault_us="$(dotnet "$driver" --fault-floor "$state_mb" | tail -n 1)"

fs="$(df --output=fstype "$work" | tail -n 1 | tr -d ' ')"
echo
echo "One conflux node --app kv (single member, file store with fsync, on $fs), $(nproc) cores shared with the load driver."
printf 'keys: %s (16-byte string values), filled in %s s: %.0f keys/s (%s Logux connections, %s in flight each, %s per sync)\n' \
  "$keys" "$fill_secs" "$fill_rate" "$fill_callers" "$fill_window" "$fill_batch"
echo "data directory at the last kill: $(awk -v b="$data_bytes" 'BEGIN { printf "%.0f MB", b / 1e6 }') ($(mb "$data_disk_kb") on disk; WAL segments are preallocated), snapshot $(awk -v b="${snap_bytes:-0}" 'BEGIN { printf "%.0f MB", b / 1e6 }') at index $snap_index, log tail $tail_entries entries"
echo
echo "| restart | deployment | log tail | RSS before kill | peak before | to HTTP (serves) | to leader | applied index back (first GET /status) | RSS after | peak RSS (VmHWM) | bytes/key (RSS after) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
  read -r run deployment tail_entries rss_before hwm_before t_http t_leader t_applied rss_after hwm_after <<<"$row"
  printf '| %s | %s | %s | %s | %s | %s ms | %s ms | %s ms | %s | %s | %s |\n' "$run" "$deployment" "$tail_entries" "$(mb "$rss_before")" "$(mb "$hwm_before")" \
    "$t_http" "$t_leader" "$t_applied" "$(mb "$rss_after")" "$(mb "$hwm_after")" \
    "$(awk -v r="$rss_after" -v k="$keys" 'BEGIN { printf "%.0f", r * 1024 / k }')"
done
for row in "${floor[@]}"; do
  read -r deployment t_http t_leader rss <<<"$row"
  printf '| empty (floor) | %s | 0 | | | %s ms | %s ms | | %s | | |\n' "$deployment" "$t_http" "$t_leader" "$(mb "$rss")"
done
if [[ -n "$fault_us" ]]; then
  awk -v us="$fault_us" -v mb="$state_mb" -v page="$(getconf PAGESIZE)" 'BEGIN {
    printf "\nfresh memory on this machine: %.2f us per %d-byte page (Conflux.LoadDriver --fault-floor %d, best of three); the %d MB the\nlast restart'"'"'s peak held above the empty node cost at least %.0f ms to map, on top of the empty node'"'"'s start\n",
      us, page, mb, mb, us * mb * 1048576 / page / 1000 }'
fi
echo
echo "Times are from the process spawn to the node's log lines (\"serves HTTP\", \"is leader in term\"), read as they are"
echo "written; the applied index is then polled with curl (the first request to the node, cold, is in it). The empty rows are"
echo "the same command on an empty data directory: the process and host start, under any restart on this machine. The log"
echo "tail is the entries after the newest snapshot at the kill. MB are 10^6 bytes. The issue's targets: leads again within"
echo "1 s of its start with 1 million keys, under 300 bytes per key."
