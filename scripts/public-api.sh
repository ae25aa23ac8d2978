#!/usr/bin/env bash
# Writes every public symbol of the library packages that is not in PublicAPI.Shipped.txt into PublicAPI.Unshipped.txt
# (and removes what is gone), with the analyzers' own code fix. Run it after changing the public surface, and review
# the diff: it is the change to the API. At a release, move Unshipped into Shipped.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Conflux src/Conflux.Redis src/Conflux.AspNetCore src/Conflux.Client; do
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 RS0025 RS0036 RS0037 --severity warn
done
