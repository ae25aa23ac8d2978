#!/usr/bin/env bash
# Vendors the JavaScript of the node's pages into src/Conflux.AspNetCore/wwwroot/vendor, with the licences:
# preact and its hooks, htm and uPlot as their published ES modules, and the part of @logux/client the pages use
# bundled into one ES module with esbuild. The exact versions come from package-lock.json (npm ci). Run it after
# changing a version in package.json (then npm install to update the lock), and commit what it writes.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
out=../src/Conflux.AspNetCore/wwwroot/vendor
rm -rf "$out"
mkdir -p "$out/licenses"
cp node_modules/preact/dist/preact.mjs "$out/preact.mjs"
cp node_modules/preact/hooks/dist/hooks.mjs "$out/preact-hooks.mjs"
cp node_modules/htm/dist/htm.mjs "$out/htm.mjs"
cp node_modules/uplot/dist/uPlot.esm.js "$out/uplot.mjs"
cp node_modules/uplot/dist/uPlot.min.css "$out/uplot.css"
npx esbuild logux-entry.js --bundle --format=esm --minify --target=es2020 --legal-comments=none \
  --outfile="$out/logux-client.mjs" --log-level=warning
for package in preact htm uplot @logux/client @logux/core nanoevents nanoid nanostores nanodelay fast-json-stable-stringify; do
  cp "node_modules/$package/LICENSE"* "$out/licenses/$(echo "$package" | tr / -).txt"
done
{
  echo "Vendored by web/build-vendor.sh from npm (versions from web/package-lock.json):"
  for package in preact htm uplot @logux/client @logux/core nanoevents nanoid nanostores nanodelay fast-json-stable-stringify; do
    echo "  $package $(node -p "require('./node_modules/$package/package.json').version")"
  done
} > "$out/VERSIONS.txt"
echo "vendored into $out:"; ls -la "$out"
