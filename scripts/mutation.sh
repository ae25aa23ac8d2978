#!/usr/bin/env bash
# Mutation testing of the consensus core (src/Conflux/Consensus/) with Stryker.NET: each mutant is a small change
# to the code (a condition negated, a statement removed, a bound moved); a test run that still passes with it in
# place means no test pins that behaviour. Not in CI: the whole core takes the better part of an hour on 2 cores.
#
#   scripts/mutation.sh                                   # every file of Consensus/
#   MUTATE='**/Consensus/Progress.cs' scripts/mutation.sh # one file
#   MUTATE='**/Consensus/RaftLog.cs,**/Consensus/RaftConfig.cs' scripts/mutation.sh # several, comma-separated
#   MUTATION_FILTER='FullyQualifiedName~Consensus' scripts/mutation.sh
#
# The tests run against each mutant are the core's own (tests/Conflux.Tests/Consensus, transcripts included), the
# planted-bug tests of the core (Raft bugs, and the two read bugs: stale reads) and the simulator's first 30 seeds on
# 5 nodes as a test (MUTATION_FILTER changes that). Left out, for time: the seed ranges of SimulatorSeedTests' theory,
# RaftNodeTests' 180 seeds on 1 to 9 nodes (8 s against nearly every mutant) and the planted bugs of the application
# layer (6 s), which plant nothing in Consensus/. A run of the core tests about 1,400 mutants, each against the tests
# that cover it. The HTML report and the JSON figures go to tests/Conflux.Tests/StrykerOutput/<date>/reports/; the
# score is printed at the end. Stryker.NET 5.1.0 is installed as a dotnet tool into a cache folder (MUTATION_TOOLS,
# default ~/.cache/conflux-stryker) on the first run. Without a terminal (a log file, nohup) the progress bar is
# replaced by a dot per mutant: Stryker 5.1.0's bar throws at the end of a run with no terminal and writes no report.
set -euo pipefail
cd "$(dirname "$0")/.."

version=5.1.0
tools="${MUTATION_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/conflux-stryker}"
mutate="${MUTATE:-**/Consensus/*.cs}"
filter="${MUTATION_FILTER:-(FullyQualifiedName~Conflux.Tests.Consensus|(FullyQualifiedName~Conflux.Tests.PlantedBugTests&FullyQualifiedName!~application_layer)|DisplayName~stale read|FullyQualifiedName~Conflux.Tests.SimulatorSeedTests.The_first_seeds)&FullyQualifiedName!~A_bounded_range_of_fault_seeds}"
concurrency="${MUTATION_CONCURRENCY:-$(nproc)}"
# The progress bar draws only on a terminal; into a log file, a dot per mutant tested shows how far a run is.
progress=progress
[[ -t 1 ]] || progress=dots

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ ! -x "$tools/dotnet-stryker" ]] || ! "$tools/dotnet-stryker" --version 2>/dev/null | grep -q "$version"; then
  echo "== installing dotnet-stryker $version into $tools" >&2
  dotnet tool install dotnet-stryker --version "$version" --tool-path "$tools" >&2 ||
    dotnet tool update dotnet-stryker --version "$version" --tool-path "$tools" >&2
fi

cd tests/Conflux.Tests
# The filter and the coverage analysis are settings of the configuration file only: one for this run, removed after.
config=".stryker-config.$$.json"
trap 'rm -f "$config"' EXIT
json_string() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }
cat >"$config" <<JSON
{
  "stryker-config": {
    "project": "Conflux.csproj",
    "mutate": [$(IFS=, read -ra globs <<<"$mutate"; for g in "${globs[@]}"; do printf '%s%s' "${sep:-}" "$(json_string "$g")"; sep=', '; done)],
    "test-case-filter": $(json_string "$filter"),
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "configuration": "Release",
    "reporters": ["html", "json", "$progress", "cleartext"],
    "thresholds": { "high": 85, "low": 70, "break": 0 }
  }
}
JSON
"$tools/dotnet-stryker" --config-file "$config"
