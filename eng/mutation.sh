#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the dotnet-stryker local tool, pinned in dotnet-tools.json) over the library
# packages, one at a time: `bash eng/mutation.sh` for the core and Sakip.Domain.Json, or
# `bash eng/mutation.sh Sakip.Domain.Diagrams` for one. Each package is mutated under the test projects that test it
# (test_projects below; by default its own, tests/<package>.Tests): the core under tests/Sakip.Domain.Tests alone,
# which references only the core and Sakip.Domain.Testing, so its runs stay fast and about the core.
# Reports (HTML, Markdown, JSON) go to artifacts/mutation/<project>/; record the score and the surviving mutants
# that are not equivalent in docs/mutation-testing.md. A whole run takes long on 2 cores: run it by hand, not in CI.
# STRYKER_MUTATE='**/Review/**/*.cs' mutates only the files matching that glob, or those globs if several are given
# separated by spaces (a run in parts; each part's report is complete for its files). Progress is logged to artifacts/mutation/<project>/logs/ as the run goes.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dotnet tool restore > /dev/null

# The test projects (paths from the repository root) that test a package. To mutate a package under more than one,
# list them here: each becomes a --test-project option.
test_projects() {
  case "$1" in
    # The consumer project checks the value contract (equality, ordering, parse/format) of every core value type.
    Sakip.Domain) echo "tests/Sakip.Domain.Tests/Sakip.Domain.Tests.csproj tests/Sakip.Domain.Consumer.Tests/Sakip.Domain.Consumer.Tests.csproj" ;;
    *) echo "tests/$1.Tests/$1.Tests.csproj" ;;
  esac
}

projects=("$@")
[ "${#projects[@]}" -gt 0 ] || projects=(Sakip.Domain Sakip.Domain.Json)
for project in "${projects[@]}"; do
  [ -f "src/$project/$project.csproj" ] || { echo "no such package: src/$project/$project.csproj" >&2; exit 2; }
  out="$root/artifacts/mutation/$project"
  rm -rf "$out"
  mkdir -p "$out"
  options=()
  for tests in $(test_projects "$project"); do
    [ -f "$tests" ] || { echo "$project: no test project $tests" >&2; exit 2; }
    options+=(--test-project "$root/$tests")
  done
  # One or more globs, separated by spaces: STRYKER_MUTATE='**/Periods/**/*.cs **/Codes/**/*.cs'.
  read -ra globs <<< "${STRYKER_MUTATE:-}"
  for glob in "${globs[@]}"; do
    options+=(--mutate "$glob")
  done
  # Robustness tests (many generated documents checked only for not throwing; see tests/Sakip.Domain.Tests/
  # TestCategories.cs) cover nearly every mutant and assert no figure: left out, they would only make the score lower,
  # and keeping them makes each surviving mutant cost tens of seconds. STRYKER_TEST_FILTER='' keeps every test.
  filter="${STRYKER_TEST_FILTER-Category!=Robustness}"
  [ -z "$filter" ] || options+=(--test-case-filter "$filter")
  # Run from the package's folder (Stryker's source project context), naming its test projects.
  (cd "src/$project" && dotnet stryker \
    "${options[@]}" \
    --configuration Release \
    --reporter html --reporter markdown --reporter json --reporter progress \
    --output "$out" \
    --log-to-file \
    --concurrency "${STRYKER_CONCURRENCY:-2}")
done
