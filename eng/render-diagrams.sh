#!/usr/bin/env bash
# Regenerates the example diagrams of the demo region in docs/ and screenshots them with headless Chromium:
#   docs/pohon-kinerja.svg/.png          Dinas Kesehatan with its regional context
#   docs/pohon-kinerja-wilayah.svg/.png  the whole region down to the agencies' sasaran (depth 2)
# Needs Debian's chromium (apt-get update && apt-get install -y chromium). Review the PNGs before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
SAKIP_WRITE_DIAGRAMS=1 dotnet test tests/Sakip.Domain.Diagrams.Tests -nologo -v:q \
  --filter "FullyQualifiedName~DemoDiagramTests.DocsDiagrams_AreTheDemoRegionsTrees"
for name in pohon-kinerja pohon-kinerja-wilayah; do
  svg="docs/$name.svg"
  size=$(grep -o -m1 'width="[0-9]*" height="[0-9]*"' "$svg" | grep -o '[0-9][0-9]*' | paste -sd, -)
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="docs/$name.png" --window-size="$size" "file://$PWD/$svg" 2>/dev/null
  rm -rf "$profile"
  echo "docs/$name.png: $size px, $(wc -c < "docs/$name.png") bytes"
done
