#!/usr/bin/env bash
# What a new user pays to build a project that uses the packed ConferenceGen package. For an empty consumer (the
# floor) and then one consumer per spec: a fresh net10.0 class library with one PackageReference, its own package
# cache and a nuget.config (local feed + nuget.org), restored once and built RUNS times from cold (bin/ and
# obj/<Configuration> removed, compiler in-process), timed with /usr/bin/time; then one more cold build with
# -p:ReportAnalyzer=true -v:d for the slowest analyzers and generators, which also writes the generated files to obj/
# (-p:EmitCompilerGeneratedFiles=true, left out of the timed builds so they pay nothing for it) for the host's `count`
# mode: the types ConferenceGen generated, by C# kind and by what they are for (models, enums, unions, clients, options),
# so that every change to the generator shows its effect on the number of types. Prints markdown tables and the commands.
#
#   benchmarks/consumer-build.sh specs/twilio.yaml [spec …]
#   RUNS=1 WORK=/tmp/cb PACKAGE_DIR=/tmp/feed CONFIGURATION=Release benchmarks/consumer-build.sh specs/*.yaml
#
# PACKAGE_DIR: a folder with an already packed ConferenceGen.*.nupkg (the newest is used); unset, the runtime project
# is packed into $WORK/feed with a fresh version, so that no NuGet cache can serve an older package. Every dotnet
# command runs under the shared lock /tmp/conferencegen-build.lock (the machine has two cores and other people build on
# it); a timed build takes the lock outside /usr/bin/time, so waiting for it is not measured.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d)}
runs=${RUNS:-3}
config=${CONFIGURATION:-Release}
lock=/tmp/conferencegen-build.lock
export UseSharedCompilation=false
mkdir -p "$work"
work=$(cd "$work" && pwd)
specs=()
for s in "$@"; do specs+=("$(cd "$(dirname "$s")" && pwd)/$(basename "$s")"); done
commands=()
dn() { commands+=("dotnet $*"); flock "$lock" dotnet "$@"; }   # every dotnet command, under the lock

if [ -n "${PACKAGE_DIR:-}" ]; then
  feed=$(cd "$PACKAGE_DIR" && pwd)
else
  feed=$work/feed
  echo "Packing $root/runtime into $feed ..." >&2
  dn pack "$root/runtime" -c "$config" -o "$feed" -p:Version="0.1.0-bench.$(date +%Y%m%d%H%M%S)" -v:q -nologo >&2
fi
package=$(ls -t "$feed"/ConferenceGen.*.nupkg 2>/dev/null | grep -v '\.symbols\.' | head -1) ||
  { echo "no ConferenceGen.*.nupkg in $feed" >&2; exit 1; }
version=$(basename "$package" .nupkg); version=${version#ConferenceGen.}
echo "Package: $package (version $version)" >&2
echo "Building the benchmarks' command-line host (it counts the generated types) ..." >&2
dn build "$root/benchmarks/ConferenceGen.Benchmarks" -c Release -v:q -nologo >&2
host="$root/benchmarks/ConferenceGen.Benchmarks/bin/Release/net10.0/ConferenceGen.Benchmarks.dll"

# a fresh consumer in $1 with the spec $2 (none for the floor), restored once
consumer() {
  local dir=$1
  rm -rf "$dir"; mkdir -p "$dir/specs"
  [ -z "$2" ] || cp "$2" "$dir/specs/"
  # empty Directory.* files stop MSBuild from picking up a parent folder's (say, when WORK is inside the repo)
  for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' > "$dir/$f"; done
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="conferencegen" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="conferencegen"><package pattern="ConferenceGen" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RootNamespace>Consumer</RootNamespace>
    <RestorePackagesPath>$dir.packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ConferenceGen" Version="$version" />
  </ItemGroup>
</Project>
XML
  rm -rf "$dir.packages"
  dn restore "$dir" -v:q -nologo > "$dir/restore.log" 2>&1 || { cat "$dir/restore.log" >&2; return 1; }
}

# cold build of $1 (only the restore outputs kept), log in $2, "seconds KB" appended to $work/time.txt
cold_build() {
  local dir=$1 log=$2; shift 2
  rm -rf "$dir/bin" "$dir/obj/$config"
  commands+=("dotnet build $dir --no-restore -c $config -nologo $*")
  flock "$lock" /usr/bin/time -f "%e %M" -a -o "$work/time.txt" \
    dotnet build "$dir" --no-restore -c "$config" -nologo "$@" > "$log" 2>&1 || true
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# "N (ID×n, …)": distinct diagnostics of a kind ($2: error|warning) in the log $1, with the IDs that occur most
diagnostics() {
  local lines; lines=$(grep -E ": $2 [A-Z]+[0-9]+:" "$1" | sed 's/ \[[^]]*\]$//' | sort -u || true)
  [ -n "$lines" ] || { echo 0; return; }
  local ids; ids=$(sed -E "s/.*: $2 ([A-Z]+[0-9]+):.*/\1/" <<< "$lines" | sort | uniq -c | sort -rn | head -3 |
    awk '{printf "%s%s×%s", (NR>1 ? ", " : ""), $2, $1}')
  echo "$(wc -l <<< "$lines") ($ids)"
}

# "analyzers A s, generators G s; top: name s, …" from the ReportAnalyzer tables of the log $1. Under each
# "Total analyzer|generator execution time: N seconds." header are rows "  Time (s)  %  Name": an assembly
# ("Name, Version=…") and then, indented further, its analyzer or generator types. The top 5 are assembly rows.
top_analyzers() {
  awk '/Total (analyzer|generator) execution time:/ {
         kind = ($0 ~ /generator/) ? "gen" : "ana"
         for (f = 1; f <= NF; f++) if ($f == "time:") total[kind] += $(f + 1)
       }
       kind != "" && match($0, /[<0-9.]+ +[<0-9]+ +[^ ].*, Version=/) {
         split(substr($0, RSTART), w, / +/); s = w[1]; sub(/^</, "", s); if (w[1] ~ /^</) s = 0
         name = w[3]; sub(/,$/, "", name)
         printf "%09.3f\t%s%s\n", s, name, (kind == "gen" ? " (generator)" : "")
       }
       END { printf "~\tanalyzers %.3f s, generators %.3f s\n", total["ana"], total["gen"] }' "$1" |
    LC_ALL=C sort -r | awk -F'\t' 'NR == 1 {head = $2; next} NR <= 6 {top = top (NR > 2 ? ", " : "") $2 " " ($1 + 0) " s"}
                          END {print head "; top: " top}'
}

# the types in ConferenceGen's generated files of the consumer $1 (written by the report build): two lines, by C# kind
# and by what they are for; "0" and "–" when the generator wrote nothing (the empty consumer)
generated_types() {
  local generated; generated=$(find "$1/obj/$config" -type d -path '*/generated/ConferenceGen.Generator' | head -1)
  if [ -n "$generated" ] && [ -n "$(find "$generated" -name '*.cs' | head -1)" ]; then
    dn "$host" count "$generated"
  else
    printf '0\n–\n'
  fi
}

rows=()
kinds=()
variants=("") ; [ ${#specs[@]} -eq 0 ] || variants+=("${specs[@]}")
i=0
for spec in "${variants[@]}"; do
  name=${spec:+$(basename "$spec")}; name=${name:-(empty consumer)}
  dir=$work/consumer-$i; i=$((i + 1))
  echo "== $name: $dir" >&2
  consumer "$dir" "$spec"
  : > "$work/time.txt"
  for r in $(seq "$runs"); do cold_build "$dir" "$dir/build-$r.log" -v:minimal -clp:Summary; done
  wall=$(awk '{print $1}' "$work/time.txt" | median)
  rss=$(awk '{print $2}' "$work/time.txt" | median)
  cold_build "$dir" "$dir/report.log" -p:ReportAnalyzer=true -v:d -p:EmitCompilerGeneratedFiles=true
  types=$(generated_types "$dir")
  rows+=("| $name | $wall s | $((rss / 1024)) MB | $(diagnostics "$dir/build-1.log" error) | $(diagnostics "$dir/build-1.log" warning) | $(sed -n 1p <<< "$types") | $(top_analyzers "$dir/report.log") |")
  kinds+=("| $name | $(sed -n 2p <<< "$types") |")
done

echo "| spec | build wall (median of $runs) | peak memory | errors | warnings | generated types | top analyzer/generator entries |"
echo "|---|---:|---:|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "| spec | generated types by kind |"
echo "|---|---|"
printf '%s\n' "${kinds[@]}"
echo
echo "Commands (package $package, work dir $work):"
printf '    %s\n' "${commands[@]}" | sed -E "s#$work/consumer-[0-9]+#\$WORK/consumer-N#g" | awk '!seen[$0]++'
