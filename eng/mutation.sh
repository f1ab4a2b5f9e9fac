#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the dotnet-stryker local tool, pinned in dotnet-tools.json) over the library
# packages, one at a time: `bash eng/mutation.sh` for the core and Sakip.Domain.Json, or
# `bash eng/mutation.sh Sakip.Domain.Diagrams` for one. A package with a test project of its own
# (tests/<package>.Tests) is mutated under it; the others under tests/Sakip.Domain.Tests.
# Reports (HTML, Markdown, JSON) go to artifacts/mutation/<project>/; record the score and the surviving mutants
# that are not equivalent in docs/mutation-testing.md. A whole run takes long on 2 cores: run it by hand, not in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
projects=("$@")
[ "${#projects[@]}" -gt 0 ] || projects=(Sakip.Domain Sakip.Domain.Json)
for project in "${projects[@]}"; do
  out="$PWD/artifacts/mutation/$project"
  rm -rf "$out"
  mkdir -p "$out"
  tests=tests/$project.Tests
  [ -d "$tests" ] || tests=tests/Sakip.Domain.Tests
  (cd "$tests" && dotnet stryker \
    --project "$project.csproj" \
    --configuration Release \
    --reporter html --reporter markdown --reporter json --reporter progress \
    --output "$out" \
    --concurrency "${STRYKER_CONCURRENCY:-2}")
done
