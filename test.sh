#!/usr/bin/env bash
# Restores, builds and runs every test from a fresh clone: the unit and scenario tests, then the
# deterministic simulator over a bounded range of fault seeds. Needs the .NET 10 SDK; installs
# redis-server, Node.js and chromium with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The Redis channel's tests start their own redis-server on free ports of 127.0.0.1 (and stop it).
scripts/apt-install.sh redis-server redis-server >/dev/null

dotnet restore Conflux.sln
dotnet build Conflux.sln -c Release --no-restore
# Where this runs as root and may mount, a small read-only file system lets the storage tests see a real EROFS
# (a data directory there gets its own message); it is unmounted when the script ends.
readonly_dir=""
if [ "$(id -u)" = 0 ] && readonly_dir="$(mktemp -d)" && mount -t tmpfs -o ro,size=64k tmpfs "$readonly_dir" 2>/dev/null; then
  export CONFLUX_TEST_READONLY_DIR="$readonly_dir"
  trap 'umount "$readonly_dir" 2>/dev/null; rmdir "$readonly_dir" 2>/dev/null' EXIT
elif [ -n "$readonly_dir" ]; then
  rmdir "$readonly_dir"
fi
dotnet test tests/Conflux.Tests -c Release --no-build

# The Logux endpoint against the real, unmodified @logux/client (Node 20, packages from the committed lock file),
# with a cluster of real node processes that the tests start and stop.
# Node.js 20 is on the machines this runs on; where it is missing, Debian's nodejs and npm are installed.
scripts/apt-install.sh node nodejs >/dev/null
scripts/apt-install.sh npm npm >/dev/null
# The pages every node serves (dashboard, tic-tac-toe) are tested in Debian's chromium, driven by playwright-core,
# which downloads no browser.
CHROMIUM="$(scripts/apt-install.sh chromium chromium)"
export CHROMIUM
(cd tests/js && npm ci --no-audit --no-fund --loglevel=error && node --test --test-concurrency=1)

# The samples run and check themselves (non-zero exit on a wrong result).
dotnet run -c Release --no-build --project samples/QuickStart
dotnet run -c Release --no-build --project samples/ClusterDemo
dotnet run -c Release --no-build --project samples/Mutex
dotnet run -c Release --no-build --project samples/OptimisticCounter

sim() { dotnet run -c Release --no-build --project tests/Conflux.Simulation -- "$@"; }
sim --seeds 1-3000 --nodes 5
sim --seeds 1-1000 --nodes 3
sim --seeds 1-500 --nodes 7
sim --scenario figure8 --seeds 1-10 --nodes 5
sim --scenario figure8-unreliable --seeds 1-10 --nodes 5
