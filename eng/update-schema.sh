#!/usr/bin/env bash
# Regenerates docs/sakip-document.schema.json from the serialization types of Sakip.Domain.Json.
# Use after a deliberate change of the document format, then review the diff: it is the format review.
# (The schema test fails whenever the committed file differs from the generated schema.)
set -euo pipefail
cd "$(dirname "$0")/.."
SAKIP_UPDATE_SCHEMA=1 dotnet test tests/Sakip.Domain.Tests -nologo -v:q \
  --filter "FullyQualifiedName~SakipDocumentJsonSchemaTests.Schema_CommittedFile_IsTheGeneratedSchema"
echo "docs/sakip-document.schema.json: $(wc -l < docs/sakip-document.schema.json) lines"
