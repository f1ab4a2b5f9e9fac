#!/usr/bin/env bash
# Runs every file-based script sample (samples/scripts/*.cs) and every LINQPad sample (samples/linqpad/*.linq, turned
# into a file-based app) against the packages packed into artifacts/packages, and checks that each exits 0 and prints
# its expected text. Pack first: dotnet pack Sakip.Domain.sln --no-build -c Release -o artifacts/packages
#
# The packages are read from a generated NuGet.config next to copies of the samples (in a temporary folder), and restored
# into an isolated NUGET_PACKAGES folder (artifacts/samples-nuget) from which the Sakip.* packages are removed on every
# run: a re-packed package of the same version is otherwise never re-read from a packages cache.
# LINQPad does not run on Linux: a .linq file's XML header becomes #:package lines (its NuGetReferences) and using
# lines (its Namespaces), and a small Dump() extension that shows what ToDump() returns, as LINQPad does, is appended
# (eng/linqpad-dump.cs.txt). SAMPLES_VERBOSE=1 prints every sample's output.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
packages="$root/artifacts/packages"
# Outside the repository: its Directory.Build.props and central package versions must not apply to the samples.
work=$(mktemp -d "${TMPDIR:-/tmp}/sakip-samples.XXXXXX")
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$root/artifacts/samples-nuget"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
demo="$root/src/Sakip.Cli/Demo/kabupaten-contoh.sakip.json"

if ! ls "$packages"/Sakip.Domain.0*.nupkg > /dev/null 2>&1; then
  echo "run-samples: no Sakip.Domain package in $packages; run dotnet pack first" >&2
  exit 1
fi

mkdir -p "$NUGET_PACKAGES"
rm -rf "$NUGET_PACKAGES"/sakip.*
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="sakip-local" value="$packages" />
  </packageSources>
</configuration>
XML

# A .linq file as a file-based app: #:package lines, using lines, the code, then the Dump() shim.
convert_linq() {
  local linq="$1"
  sed -n '1,/<\/Query>/p' "$linq" | sed -n 's|.*<NuGetReference Version="\([^"]*\)">\([^<]*\)</NuGetReference>.*|#:package \2@\1|p'
  sed -n '1,/<\/Query>/p' "$linq" | sed -n 's|.*<Namespace>\([^<]*\)</Namespace>.*|using \1;|p'
  sed '1,/<\/Query>/d' "$linq"
  cat "$root/eng/linqpad-dump.cs.txt"
}

failures=0
# run <name> <file> <expected text> [args...]
run() {
  local name="$1" file="$2" expected="$3" start=$SECONDS output status
  shift 3
  output=$(cd "$work" && dotnet run --no-cache "$file" -- "$@" 2>&1)
  status=$?
  if [ $status -ne 0 ]; then
    echo "run-samples: $name: exit $status"
    echo "$output" | tail -n 30
    failures=$((failures + 1))
  elif ! grep -qF -- "$expected" <<< "$output"; then
    echo "run-samples: $name: the output lacks '$expected'"
    echo "$output" | tail -n 30
    failures=$((failures + 1))
  else
    echo "run-samples: $name: ok ($((SECONDS - start)) s)"
    if [ -n "${SAMPLES_VERBOSE:-}" ]; then
      echo "$output"
    fi
  fi
}

for script in samples/scripts/*.cs; do
  cp "$script" "$work/"
done
for linq in samples/linqpad/*.linq; do
  convert_linq "$linq" > "$work/linqpad-$(basename "$linq" .linq).cs"
done

# Every sample, with the text it must print.
check() { run "$@"; }

check "capaian-csv (id)" capaian-csv.cs 'Kabupaten Contoh;Meningkatnya derajat kesehatan masyarakat;Angka kematian bayi;per 1.000 KH;12;10,4;113,33;Sangat Tinggi;negative-reflected' "$demo" --culture id
check "capaian-csv (invariant)" capaian-csv.cs 'Kabupaten Contoh,Meningkatnya derajat kesehatan masyarakat,Angka kematian bayi,per 1.000 KH,12,10.4,113.33,Very high,negative-reflected' "$demo" --culture invariant
check "compare-years" compare-years.cs '66,45' "$demo"
check "rank-agencies" rank-agencies.cs 'Peringkat' "$demo"
check "what-if" what-if.cs 'IKU-09' "$demo" --set IKU-09=90
# The LINQPad samples' texts are those of the ToDump() views (their property names), not of a plain property walk.
check "linqpad capaian" linqpad-capaian.cs 'Achievement: 113.33'
check "linqpad measure-document" linqpad-measure-document.cs 'Sentence: Capaian 113,33 % (Sangat Tinggi)'
check "linqpad lke" linqpad-lke.cs 'GradeLabel: Baik'

# A sample with no check above fails the run: a new sample must say what it prints.
for f in "$work"/*.cs; do
  grep -q "^check \"[^\"]*\" $(basename "$f") " "$0" || { echo "run-samples: $(basename "$f") has no check in eng/run-samples.sh"; failures=$((failures + 1)); }
done

if [ "$failures" -gt 0 ]; then
  echo "run-samples: $failures failed"
  exit 1
fi
echo "run-samples: every sample ran"
