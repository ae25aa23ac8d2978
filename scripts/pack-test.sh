#!/usr/bin/env bash
# Packs every package (Conflux, Conflux.Redis, Conflux.AspNetCore, Conflux.Client and the conflux tool) into a
# folder, from a copy of the working tree (so that nothing of this tree's build is touched), with a version of its own
# (so that no package cache holds an older build of it). Then installs the tool from that folder with
# `dotnet tool install --tool-path` and runs `conflux --help`, and builds a project outside the repository that
# restores the four library packages from the folder and uses each. Also checks that `dotnet publish` of the CLI gives
# a `conflux` executable. Prints "pack-test: ok" at the end.
# tests/Conflux.Tests/Packaging/PackagingTests.cs runs it and checks what each package holds.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The folder to work in: the first argument (kept, for a caller that inspects the packages), else a temporary one.
if [ $# -ge 1 ]; then
  work="$1"
  mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/conflux-pack-XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
# The real version prefix, with a suffix of this run's own.
suffix="preview.packtest.$(date +%s).$$"

mkdir -p "$work/tree"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  if [ -e "$f" ]; then
    mkdir -p "$work/tree/$(dirname "$f")"
    cp -p "$f" "$work/tree/$f"
  fi
done

for project in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  dotnet pack "$work/tree/src/$project" -c Release -o "$work/packages" -p:VersionSuffix="$suffix" -p:ContinuousIntegrationBuild=true -nologo -v quiet
done
version="$(basename "$work/packages"/Conflux.Redis.*.nupkg .nupkg)"
version="${version#Conflux.Redis.}"
echo "packed version: $version"
for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

# dotnet publish puts a conflux executable in its output.
dotnet publish "$work/tree/src/Conflux.Cli" -c Release -o "$work/publish" -p:VersionSuffix="$suffix" -nologo -v quiet
test -x "$work/publish/conflux" || { echo "pack-test: dotnet publish gave no conflux executable" >&2; exit 1; }
"$work/publish/conflux" --help | grep -q "conflux node" || { echo "pack-test: the published conflux --help does not show the node command" >&2; exit 1; }
echo "published: conflux"

dotnet tool install Conflux.Cli --tool-path "$work/tool" --add-source "$work/packages" --version "$version"
"$work/tool/conflux" --help > "$work/help.txt"
grep -q "conflux node" "$work/help.txt" || { echo "pack-test: the installed conflux --help does not show the node command" >&2; exit 1; }
echo "installed tool: $(head -3 "$work/help.txt" | tr '\n' ' ')"

mkdir -p "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="conflux-pack-test" value="$work/packages" />
  </packageSources>
</configuration>
XML
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Conflux" Version="$version" />
    <PackageReference Include="Conflux.Redis" Version="$version" />
    <PackageReference Include="Conflux.AspNetCore" Version="$version" />
    <PackageReference Include="Conflux.Client" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/Program.cs" <<'CS'
using Conflux;
using Conflux.AspNetCore;
using Conflux.Redis;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddConflux<long, long>(o =>
{
    o.Reducer = (count, by, meta) => count + by;
    o.Methods.Add<long>("add", (count, by) => by);
});
builder.Services.AddHealthChecks().AddConflux();
var app = builder.Build();
app.MapConfluxApi();
app.MapLogux();
app.MapConfluxDashboard();
app.MapConfluxMetrics();
_ = new RedisPubSubChannelOptions { ChannelName = "consumer" };
_ = new Conflux.Client.ConfluxClientOptions<long, long> { Reducer = (count, by) => count + by };
Console.WriteLine(typeof(ConfluxNode<long, long>).Assembly.GetName().Version);
CS
dotnet build "$work/consumer" -c Release -nologo -v quiet
echo "pack-test: ok ($version)"
