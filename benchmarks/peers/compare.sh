#!/usr/bin/env bash
# Side by side on the same machine and specs: NSwag 14.7.1 and Kiota 1.38.0 (as local dotnet tools) and ConferenceGen
# (the generator driven by a small command-line host). For each: generation wall time and peak memory (median of
# RUNS), lines of generated C# (all lines, and code lines without blanks or comments), the types it declares (by C#
# kind, counted by the host's `count` mode), and the build of the generated code as a net10.0 class library: wall
# time, peak memory and errors (median of BUILD_RUNS builds, each with a cold compiler: no build server, no MSBuild
# node reuse, --no-incremental).
#
# NSwag's output does not always compile (Twilio's `startTime<` parameters do not parse, Stripe declares an enum
# member twice), and then the compiler stops before binding method bodies, so its build time is not that of a
# finished build. fix-nswag.py renames only the names that stop it; that build is the row `NSwag (syntax fixed)`, and
# what the fixer renamed is listed under the tables.
#
#   benchmarks/peers/compare.sh [spec …]        default: Twilio 2010 (JSON) from the corpus
#   RUNS=3 BUILD_RUNS=1 WORK=/tmp/peers benchmarks/peers/compare.sh
#
# Every dotnet command, and every timed run, holds the shared lock /tmp/conferencegen-build.lock (the machine has two
# cores and other people build on it); the lock is taken outside /usr/bin/time, so waiting for it is not measured.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${CONFERENCEGEN_CORPUS:-$root/../shared/corpus}
work=${WORK:-$(mktemp -d)}
runs=${RUNS:-3}
build_runs=${BUILD_RUNS:-1}
lock=/tmp/conferencegen-build.lock
tools=$work/tools
mkdir -p "$work"
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=("$corpus/twilio/twilio_api_v2010.json")

dn() { flock "$lock" dotnet "$@"; }   # every dotnet command, under the lock

echo "Installing the peers into $tools ..." >&2
[ -x "$tools/nswag" ] || dn tool install --tool-path "$tools" NSwag.ConsoleCore --version 14.7.1 >&2
[ -x "$tools/kiota" ] || dn tool install --tool-path "$tools" Microsoft.OpenApi.Kiota --version 1.38.0 >&2
echo "Building ConferenceGen's command-line host and runtime ..." >&2
dn build "$root/benchmarks/ConferenceGen.Benchmarks" -c Release -v:quiet -nologo >&2
dn build "$root/runtime" -c Release -v:quiet -nologo >&2
host="$root/benchmarks/ConferenceGen.Benchmarks/bin/Release/net10.0/ConferenceGen.Benchmarks.dll"
runtime="$root/runtime/bin/Release/net8.0/ConferenceGen.Runtime.dll"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# median wall seconds and peak RSS (MB) of a command run $runs times into a fresh $out; "fails (exit N)" when it
# exits non-zero
measure() {
  local status=0
  : > "$work/time.txt"
  for _ in $(seq "$runs"); do
    rm -rf "$out"; mkdir -p "$out"
    status=0
    flock "$lock" /usr/bin/time -f "%e %M" -a -o "$work/time.txt" "$@" > "$work/tool.log" 2>&1 || status=$?
    [ "$status" -eq 0 ] || { echo "fails (exit $status)"; return; }
  done
  echo "$(awk '{print $1}' "$work/time.txt" | median) s / $(( $(awk '{print $2}' "$work/time.txt" | median) / 1024 )) MB"
}

lines() { find "$1" -name '*.cs' -print0 | xargs -0 cat | wc -l; }
code_lines() { find "$1" -name '*.cs' -print0 | xargs -0 cat | grep -v '^[[:space:]]*$' | grep -cv '^[[:space:]]*//'; }

# "N (ID×n, …)": distinct errors in the log $1, with the IDs that occur most
errors() {
  local lines; lines=$(grep -E ": error [A-Z]+[0-9]+:" "$1" | sed 's/ \[[^]]*\]$//' | sort -u || true)
  [ -n "$lines" ] || { echo 0; return; }
  local ids; ids=$(sed -E "s/.*: error ([A-Z]+[0-9]+):.*/\1/" <<< "$lines" | sort | uniq -c | sort -rn | head -3 |
    awk '{printf "%s%s×%s", (NR>1 ? ", " : ""), $2, $1}')
  echo "$(wc -l <<< "$lines") ($ids)"
}

# builds the .cs files of $1 as a class library (extra items in $2), $build_runs times from cold; prints
# "seconds | MB | errors" (medians; the errors of the last build)
build() {
  local dir; dir=$work/build-$(basename "$1")
  rm -rf "$dir"; mkdir -p "$dir"
  cp -r "$1" "$dir/src"
  # UseSharedCompilation=false: a fresh compiler process each build, as a CI machine without a build server has
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
  dn restore "$dir" -v:quiet > "$dir/restore.log" 2>&1
  : > "$dir/time.txt"
  for _ in $(seq "$build_runs"); do
    # no node reuse: every MSBuild process is a child of /usr/bin/time, so the compiler's memory is in %M
    flock "$lock" /usr/bin/time -f "%e %M" -a -o "$dir/time.txt" \
      dotnet build "$dir" --no-restore --no-incremental -c Release -v:quiet -nologo -nodeReuse:false > "$dir/build.log" 2>&1 || true
  done
  # a build that fails (NSwag's output as generated) makes time write "Command exited with non-zero status N" first
  grep -E '^[0-9.]+ [0-9]+$' "$dir/time.txt" > "$dir/times.txt" || true
  printf '%.1f s | %s MB | %s\n' "$(awk '{print $1}' "$dir/times.txt" | median)" \
    "$(( $(awk '{print $2}' "$dir/times.txt" | median) / 1024 ))" "$(errors "$dir/build.log")"
}

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

# one table row: counts and build of $out, or dashes when generation failed; ConferenceGen's types by kind are kept
# for the second table
kinds=()
row() {
  case "$3" in
    fails*) echo "| $1 | $2 | $3 | – | – | – | – | – | – | – |" ;;
    *)
      local counts; counts=$(dn "$host" count "$out")
      [ "$2" != ConferenceGen ] || kinds+=("| $1 | $(sed -n 2p <<< "$counts") |")
      echo "| $1 | $2 | $3 | $(find "$out" -name '*.cs' | wc -l) | $(lines "$out") | $(code_lines "$out") | $(sed -n 1p <<< "$counts") | $(build "$out" "$4") |" ;;
  esac
}

fixes=()
echo "| spec | tool | generation (median of $runs) | files | lines | code lines | types | build (median of $build_runs) | peak memory | errors |"
echo "|---|---|---|---:|---:|---:|---|---:|---:|---|"
for spec in "${specs[@]}"; do
  name=$(basename "$spec")
  out=$work/nswag; r=$(measure "$tools/nswag" openapi2csclient "/input:$spec" "/output:$out/Client.cs" /namespace:Generated /jsonLibrary:SystemTextJson /generateExceptionClasses:true)
  row "$name" "NSwag 14.7.1" "$r" ''
  case "$r" in
    fails*) ;;
    *)
      rm -rf "$work/nswag-fixed"; cp -r "$work/nswag" "$work/nswag-fixed"
      python3 "$root/benchmarks/peers/fix-nswag.py" "$work/nswag-fixed/Client.cs" > "$work/fix-$name.log"
      fixes+=("- $name: $(tail -1 "$work/fix-$name.log")" "$(sed -n '2,$p' "$work/fix-$name.log" | sed '$d' | sed 's/^ */  - /')")
      out=$work/nswag-fixed; row "$name" "NSwag (syntax fixed)" "NSwag's output, fix-nswag.py" '' ;;
  esac
  out=$work/kiota; r=$(measure "$tools/kiota" generate -l CSharp -d "$spec" -o "$out" -c ApiClient -n Generated --log-level Warning)
  row "$name" "Kiota 1.38.0" "$r" "$kiota_packages"
  out=$work/conferencegen; r=$(measure dotnet "$host" generate "$spec" "$out")
  row "$name" "ConferenceGen" "$r" "$conferencegen_references"
done

echo
echo "| spec | ConferenceGen's types by kind |"
echo "|---|---|"
printf '%s\n' "${kinds[@]}"
if [ ${#fixes[@]} -gt 0 ]; then
  echo
  echo "What fix-nswag.py renamed in NSwag's output:"
  printf '%s\n' "${fixes[@]}" | grep -v '^$'
fi
