# Shared by the benchmark scripts (source it after setting "work", the temporary folder): processes started in
# the background and stopped by PID on exit, interrupted or not, the temporary folder removed, ports, builds.
# shellcheck shell=bash

pids=()

# Stops one process we started: TERM, up to 5 s to exit, then KILL.
stop_pid() {
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all() {
  local pid
  for pid in ${pids[@]+"${pids[@]}"}; do stop_pid "$pid"; done
  pids=()
}

# Forgets a PID that has been waited for.
forget_pid() {
  local pid="$1" kept=() p
  for p in ${pids[@]+"${pids[@]}"}; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
  pids=(${kept[@]+"${kept[@]}"})
}

cleanup() {
  trap - INT TERM HUP
  stop_all
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Starts a command in the background with its output in a log file, and remembers its PID.
# (Bash execs a simple background command in place, and env execs dotnet, so $! is the server process itself.)
start() {
  local log="$1"
  shift
  "$@" >"$log" 2>&1 &
  pids+=("$!")
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_ports_free() {
  local port
  for port in "$@"; do
    if ! port_free "$port"; then
      echo "port $port on 127.0.0.1 is in use; set BENCH_PORT_BASE to a free range" >&2
      exit 1
    fi
  done
}

# The assembly a project builds to, from MSBuild itself rather than a guessed bin/ path.
target_path() {
  dotnet msbuild "$1" -nologo -nodeReuse:false -p:Configuration=Release -getProperty:TargetPath
}

# A Release build that leaves no MSBuild node or compiler server running behind it.
build() {
  dotnet build "$1" -c Release --nologo -v quiet --disable-build-servers >&2
}

# A server as it would be deployed: published for this machine's runtime identifier, framework-dependent, with
# ReadyToRun code (compiled ahead of time, so a process starts and warms up without waiting for the JIT; hot
# methods are still compiled again with the JIT's best tier). Prints the path of its main assembly.
# BENCH_R2R=0 publishes without ReadyToRun, for comparison.
publish_server() {
  local command
  command="$(publish_server_as "$1" "$([[ "${BENCH_R2R:-1}" == 0 ]] && echo jit || echo r2r)")" || return 1
  echo "${command#dotnet }"
}

runtime_id() {
  case "$(uname -m)" in
    x86_64) echo linux-x64 ;;
    aarch64) echo linux-arm64 ;;
    *) echo "no runtime identifier known for $(uname -m)" >&2; return 1 ;;
  esac
}

# The same server in one of three deployments; prints the command that runs it (a path, then "dotnet" before it
# unless it runs alone):
#   r2r        framework-dependent with ReadyToRun code, as publish_server makes it;
#   jit        framework-dependent without: the JIT compiles every method as it is first called;
#   composite  self-contained, the app and the .NET libraries compiled ahead of time into one composite image, so that
#              code crossing from the app into the framework (generics over the app's types, inlining) is compiled too.
publish_server_as() {
  local project="$1" mode="$2" out="$work/publish/$(basename "$1")-$2" rid name
  rid="$(runtime_id)" || return 1
  name="$(dotnet msbuild "$project" -nologo -nodeReuse:false -getProperty:AssemblyName)"
  local args=(--self-contained false -p:PublishReadyToRun=true)
  case "$mode" in
    r2r) ;;
    jit) args=(--self-contained false -p:PublishReadyToRun=false) ;;
    composite) args=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
    *) echo "unknown deployment \"$mode\" (r2r, jit or composite)" >&2; return 1 ;;
  esac
  # The ahead-of-time compiler's outputs of one kind are not those of the other (a composite's assemblies point into
  # its image), and an incremental publish would take them for up to date: none is kept between publishes.
  rm -rf "$project/obj/Release/"*"/$rid/R2R"
  dotnet publish "$project" -c Release -r "$rid" "${args[@]}" -o "$out" --nologo -v quiet --disable-build-servers >&2 || return 1
  rm -rf "$project/obj/Release/"*"/$rid/R2R"
  if [[ "$mode" == composite ]]; then
    echo "$out/$name"
  else
    echo "dotnet $out/$name.dll"
  fi
}
