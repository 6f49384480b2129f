#!/usr/bin/env bash
# Side by side on the same machine and specs: NSwag 14.7.1 and Kiota 1.38.0 (as local dotnet tools) and ConferenceGen
# (the generator driven by a small command-line host). For each: generation wall time and peak memory (median of
# RUNS), lines of generated C# (all lines, and code lines without blanks or comments), and the time to build the
# generated code as a net10.0 class library with a cold compiler.
#
#   benchmarks/peers/compare.sh [spec …]        default: Twilio 2010 (JSON) from the corpus
#   RUNS=3 WORK=/tmp/peers benchmarks/peers/compare.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${CONFERENCEGEN_CORPUS:-$root/../shared/corpus}
work=${WORK:-$(mktemp -d)}
runs=${RUNS:-3}
tools=$work/tools
mkdir -p "$work"
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=("$corpus/twilio/twilio_api_v2010.json")

echo "Installing the peers into $tools ..." >&2
[ -x "$tools/nswag" ] || dotnet tool install --tool-path "$tools" NSwag.ConsoleCore --version 14.7.1 >&2
[ -x "$tools/kiota" ] || dotnet tool install --tool-path "$tools" Microsoft.OpenApi.Kiota --version 1.38.0 >&2
echo "Building ConferenceGen's command-line host ..." >&2
dotnet build "$root/benchmarks/ConferenceGen.Benchmarks" -c Release -v:quiet -nologo >&2
host="$root/benchmarks/ConferenceGen.Benchmarks/bin/Release/net10.0/ConferenceGen.Benchmarks.dll"
runtime="$root/runtime/bin/Release/net8.0/ConferenceGen.Runtime.dll"

# median wall seconds and peak RSS (MB) of a command run $runs times; "fails (exit N)" when it exits non-zero
measure() {
  local times=() rss=() status=0
  for _ in $(seq "$runs"); do
    rm -rf "$out"; mkdir -p "$out"
    status=0
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/tool.log" 2>&1 || status=$?
    [ "$status" -eq 0 ] || { echo "fails (exit $status)"; return; }
    read -r t m < <(tail -1 "$work/time.txt")
    times+=("$t"); rss+=("$m")
  done
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print int(a[int((NR+1)/2)]/1024)}')
  echo "$mt s / $mr MB"
}

lines() { find "$1" -name '*.cs' -print0 | xargs -0 cat | wc -l; }
code_lines() { find "$1" -name '*.cs' -print0 | xargs -0 cat | grep -v '^[[:space:]]*$' | grep -cv '^[[:space:]]*//'; }

# builds the .cs files of $1 as a class library; extra items in $2; prints "seconds / errors"
build() {
  local dir=$work/build-$(basename "$1")
  rm -rf "$dir"; mkdir -p "$dir"
  cp -r "$1" "$dir/src"
  cat > "$dir/Generated.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
    <UseSharedCompilation>false</UseSharedCompilation>
  </PropertyGroup>
  <ItemGroup>$2</ItemGroup>
</Project>
PROJ
  dotnet restore "$dir" -v:quiet > "$dir/restore.log" 2>&1
  local start end errors
  start=$(date +%s.%N)
  dotnet build "$dir" --no-restore -c Release -v:quiet -nologo > "$dir/build.log" 2>&1 || true
  end=$(date +%s.%N)
  errors=$(grep ': error ' "$dir/build.log" | sort -u | wc -l)
  printf '%.1f s / %s errors\n' "$(echo "$end - $start" | bc)" "$errors"
}

dotnet build "$root/runtime" -c Release -v:quiet -nologo >&2
kiota_packages='
    <PackageReference Include="Microsoft.Kiota.Abstractions" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Form" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Multipart" Version="2.1.6" />'

# What the ConferenceGen package brings to a project: its runtime and the Microsoft.Extensions packages it depends on.
conferencegen_references="
    <Reference Include=\"$runtime\" />
    <PackageReference Include=\"Microsoft.Extensions.Http\" Version=\"9.0.0\" />
    <PackageReference Include=\"Microsoft.Extensions.Http.Resilience\" Version=\"9.0.0\" />"

# one table row: counts and build of $out, or dashes when generation failed
row() {
  case "$3" in
    fails*) echo "| $1 | $2 | $3 | – | – | – | – |" ;;
    *) echo "| $1 | $2 | $3 | $(find "$out" -name '*.cs' | wc -l) | $(lines "$out") | $(code_lines "$out") | $(build "$out" "$4") |" ;;
  esac
}

echo "| spec | tool | generation (median of $runs) | files | lines | code lines | build |"
echo "|---|---|---|---:|---:|---:|---|"
for spec in "${specs[@]}"; do
  name=$(basename "$spec")
  out=$work/nswag; r=$(measure "$tools/nswag" openapi2csclient "/input:$spec" "/output:$out/Client.cs" /namespace:Generated /jsonLibrary:SystemTextJson /generateExceptionClasses:true)
  row "$name" "NSwag 14.7.1" "$r" ''
  out=$work/kiota; r=$(measure "$tools/kiota" generate -l CSharp -d "$spec" -o "$out" -c ApiClient -n Generated --log-level Warning)
  row "$name" "Kiota 1.38.0" "$r" "$kiota_packages"
  out=$work/conferencegen; r=$(measure dotnet "$host" generate "$spec" "$out")
  row "$name" "ConferenceGen" "$r" "$conferencegen_references"
done
