#!/usr/bin/env bash
# Regenerates src/<project>/PublicAPI.Unshipped.txt from the analyzer's own RS0016 diagnostics.
# Use after a deliberate public API change, then review the diff: it is the API review.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Sakip.Domain src/Sakip.Domain.Json src/Sakip.Domain.Diagrams src/Sakip.Domain.Testing src/Sakip.Domain.DependencyInjection src/Sakip.Domain.Interactive src/Sakip.Domain.Spreadsheets src/Sakip.Domain.Analytics; do
  unshipped="$project/PublicAPI.Unshipped.txt"
  printf '#nullable enable\n' > "$unshipped"
  log=$(mktemp)
  dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false -nologo -v:q > "$log" 2>&1 || true
  grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u >> "$unshipped" || true
  rm -f "$log"
  echo "$unshipped: $(($(wc -l < "$unshipped") - 1)) symbols"
done
