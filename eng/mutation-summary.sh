#!/usr/bin/env bash
# Summarises a Stryker JSON report (needs jq): the score (killed + timeout over everything tested), the score of each
# file, and every mutant the tests did not detect (survived or not covered) as path:line status mutator → replacement,
# the list to sort into "tests to write" and "equivalent" in docs/mutation-testing.md.
#   bash eng/mutation-summary.sh [artifacts/mutation/Sakip.Domain/reports/mutation-report.json]
set -euo pipefail
cd "$(dirname "$0")/.."
report="${1:-artifacts/mutation/Sakip.Domain/reports/mutation-report.json}"
[ -f "$report" ] || { echo "no report: $report" >&2; exit 2; }
jq -r '
  def detected: map(select(.status == "Killed" or .status == "Timeout")) | length;
  def undetected: map(select(.status == "Survived" or .status == "NoCoverage")) | length;
  def score(d; u): if d + u == 0 then "-" else "\(((10000 * d / (d + u)) | round) / 100) %" end;
  def local: sub("^.*/src/[^/]+/"; "");
  ([.files[].mutants[]] | [detected, undetected]) as [$d, $u]
  | "score \(score($d; $u)): \($d) detected (\([.files[].mutants[] | select(.status == "Timeout")] | length) by timeout), \($u) undetected (\([.files[].mutants[] | select(.status == "NoCoverage")] | length) not covered), \([.files[].mutants[] | select(.status == "CompileError")] | length) compile errors",
    "",
    (.files | to_entries | sort_by(.key)[]
      | (.value.mutants | [detected, undetected]) as [$fd, $fu]
      | select($fd + $fu > 0)
      | "\(score($fd; $fu))\t\($fd)/\($fd + $fu)\t\(.key | local)"),
    "",
    (.files | to_entries | sort_by(.key)[] | .key as $path
      | .value.mutants | sort_by(.location.start.line)[]
      | select(.status == "Survived" or .status == "NoCoverage")
      | "\($path | local):\(.location.start.line) \(.status) \(.mutatorName) → \(.replacement // "" | gsub("\\s+"; " ") | .[0:100])")
' "$report"
