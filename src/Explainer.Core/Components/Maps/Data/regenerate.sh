#!/usr/bin/env bash
# Regenerates the map data the tool ships from the npm package world-atlas (Natural Earth as
# TopoJSON): countries-50m.json and countries-110m.json, gzipped without a name or time so that the
# same package gives the same bytes, the package's licence, and the version in VERSION.
#
#   src/Explainer.Core/Components/Maps/Data/regenerate.sh            # the version in VERSION
#   src/Explainer.Core/Components/Maps/Data/regenerate.sh 2.0.2      # another version
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=${1:-$(sed -n 's/^world-atlas //p' "$here/VERSION")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
for scale in 50m 110m; do
  gzip -9 -n -c "$work/package/countries-$scale.json" > "$here/countries-$scale.json.gz"
done
cp "$work/package/LICENSE" "$here/LICENSE.world-atlas"
# The Natural Earth edition is named in the package's README ("… vector data, version 4.1.0 …").
edition=$(grep -o 'version [0-9][0-9.]*[0-9]' "$work/package/README.md" | head -1 | cut -d' ' -f2)
printf 'world-atlas %s\nNatural Earth %s\n' "$version" "$edition" > "$here/VERSION"
ls -l "$here"/countries-*.json.gz
