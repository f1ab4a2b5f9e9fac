#!/usr/bin/env bash
# Regenerates docs/sakip-document.schema.json, docs/evaluation-scheme.schema.json, docs/rule-set.schema.json and
# docs/band-set.schema.json from the serialization types
# of Sakip.Domain.Json. Use after a deliberate change of a format, then review the diff: it is the format review.
# (The schema tests fail whenever a committed file differs from the generated schema.)
set -euo pipefail
cd "$(dirname "$0")/.."
SAKIP_UPDATE_SCHEMA=1 dotnet test tests/Sakip.Domain.Json.Tests -nologo -v:q \
  --filter "FullyQualifiedName~Schema_CommittedFile_IsTheGeneratedSchema"
echo "docs/sakip-document.schema.json: $(wc -l < docs/sakip-document.schema.json) lines"
echo "docs/evaluation-scheme.schema.json: $(wc -l < docs/evaluation-scheme.schema.json) lines"
echo "docs/rule-set.schema.json: $(wc -l < docs/rule-set.schema.json) lines"
echo "docs/band-set.schema.json: $(wc -l < docs/band-set.schema.json) lines"
