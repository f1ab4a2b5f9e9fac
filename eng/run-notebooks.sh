#!/usr/bin/env bash
# Executes every sample notebook (samples/notebooks/*.ipynb) headless against the locally packed packages and checks
# the rendered HTML (artifacts/notebooks/<name>.html): exits non-zero when a notebook fails to execute, when its HTML
# shows exception or traceback text or OneOf union internals, lacks an inline <svg>, or lacks the figures it must show.
#
# Needs the packages in artifacts/packages (dotnet pack Sakip.Domain.sln -c Release -o artifacts/packages), as the
# notebooks' first cell reads them from there. Installs what is missing: Debian's jupyter-nbconvert and ipykernel
# (apt, only when jupyter-nbconvert is absent), the pinned Microsoft.dotnet-interactive local tool (dotnet-tools.json)
# and its Jupyter kernels. NuGet's global packages folder is a fresh one under artifacts/, so a re-packed package of
# the same version is never served from an old cache.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
packages="$root/artifacts/packages"
out="$root/artifacts/notebooks"
nuget="$root/artifacts/notebook-nuget-packages"

# Figures each notebook must show (the demo's, as the CLI demo prints them).
declare -A expected=(
  [capaian-dan-pohon-kinerja]="113,33 %|Reviu keselarasan|Jumlah indikator per kategori|Pohon kinerja"
  [evaluasi-lke]="66,45|predikat B (Baik)|Jalan ke predikat|Nilai komponen LKE per tahun"
)

if ! ls "$packages"/Sakip.Domain.Interactive.*.nupkg > /dev/null 2>&1; then
  echo "run-notebooks: no Sakip.Domain.Interactive package in $packages; run: dotnet pack Sakip.Domain.sln -c Release -o artifacts/packages" >&2
  exit 1
fi

if ! command -v jupyter-nbconvert > /dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends jupyter-nbconvert python3-ipykernel jupyter-client > /dev/null
fi

dotnet tool restore > /dev/null
if ! jupyter kernelspec list 2> /dev/null | grep -q '\.net-csharp'; then
  dotnet interactive jupyter install > /dev/null
fi

rm -rf "$out" "$nuget"
mkdir -p "$out" "$nuget"
failed=0
shopt -s nullglob
notebooks=(samples/notebooks/*.ipynb)
if [ "${#notebooks[@]}" -eq 0 ]; then
  echo "run-notebooks: no notebook in samples/notebooks" >&2
  exit 1
fi

for notebook in "${notebooks[@]}"; do
  name=$(basename "$notebook" .ipynb)
  html="$out/$name.html"
  start=$SECONDS
  if ! NUGET_PACKAGES="$nuget" PYDEVD_DISABLE_FILE_VALIDATION=1 jupyter nbconvert --to html --execute "$notebook" \
      --ExecutePreprocessor.timeout=600 --output-dir "$out" --output "$name" > "$out/$name.log" 2>&1; then
    echo "$notebook: execution failed ($((SECONDS - start)) s); log: $out/$name.log"
    grep -E 'Error|error' "$out/$name.log" | head -n 20
    failed=1
    continue
  fi

  problems=()
  for noise in Traceback Exception CellExecutionError 'error CS[0-9]' 'error NU[0-9]' IsT0 AsT0; do
    if grep -qE "$noise" "$html"; then
      problems+=("shows '$noise'")
    fi
  done
  grep -q '<svg' "$html" || problems+=("has no <svg>")
  if [ -n "${expected[$name]:-}" ]; then
    IFS='|' read -r -a figures <<< "${expected[$name]}"
    for figure in "${figures[@]}"; do
      grep -qF "$figure" "$html" || problems+=("lacks '$figure'")
    done
  fi

  if [ "${#problems[@]}" -gt 0 ]; then
    echo "$notebook: ${problems[*]} ($html)"
    failed=1
  else
    echo "$notebook: ok ($((SECONDS - start)) s) -> $html"
  fi
done

exit $failed
