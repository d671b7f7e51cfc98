#!/usr/bin/env bash
# Regenerates the map data the tool ships from the npm package world-atlas (Natural Earth as
# TopoJSON): countries-50m.json and countries-110m.json, gzipped without a name or time so that the
# same package gives the same bytes, the package's licence, and the version in VERSION. From the npm
# package i18n-iso-countries it writes countries.tsv, the countries' codes and names, and its licence.
#
#   src/Explainer.Core/Components/Maps/Data/regenerate.sh              # the versions in VERSION
#   src/Explainer.Core/Components/Maps/Data/regenerate.sh 2.0.2 7.14.0 # other versions
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=${1:-$(sed -n 's/^world-atlas //p' "$here/VERSION")}
names_version=${2:-$(sed -n 's/^i18n-iso-countries //p' "$here/VERSION")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
for scale in 50m 110m; do
  gzip -9 -n -c "$work/package/countries-$scale.json" > "$here/countries-$scale.json.gz"
done
cp "$work/package/LICENSE" "$here/LICENSE.world-atlas"
# The Natural Earth edition is named in the package's README ("… vector data, version 4.1.0 …").
edition=$(grep -o 'version [0-9][0-9.]*[0-9]' "$work/package/README.md" | head -1 | cut -d' ' -f2)

# countries.tsv: numeric code (the id of a world-atlas feature), alpha-3, English and German name,
# sorted by numeric code. The package's first name for a code is often the official long form
# ("Russian Federation"); the overrides below, alpha-3 then English then German, give the name a
# newspaper map prints instead. An override for a code the package lacks stops the script.
mkdir "$work/names"
(cd "$work/names" && npm pack --silent "i18n-iso-countries@$names_version" >/dev/null && tar xzf "i18n-iso-countries-$names_version.tgz")
cat > "$work/overrides.tsv" <<'OVERRIDES'
BES	Bonaire, Sint Eustatius and Saba	Bonaire, Sint Eustatius und Saba
BRN	Brunei	Brunei
CHN	China	China
CIV	Ivory Coast	Elfenbeinküste
COD	Democratic Republic of the Congo	Demokratische Republik Kongo
CZE	Czech Republic	Tschechien
FLK	Falkland Islands	Falklandinseln
FSM	Micronesia	Mikronesien
GBR	United Kingdom	Großbritannien
GMB	Gambia	Gambia
IRN	Iran	Iran
LAO	Laos	Laos
MAF	Saint Martin	Saint-Martin
MDA	Moldova	Moldau
MKD	North Macedonia	Nordmazedonien
PCN	Pitcairn Islands	Pitcairninseln
PSE	Palestinian territories	Palästinensische Gebiete
REU	Réunion	Réunion
RUS	Russia	Russland
SXM	Sint Maarten	Sint Maarten
SYR	Syria	Syrien
TLS	East Timor	Osttimor
TUR	Turkey	Türkei
TWN	Taiwan	Taiwan
TZA	Tanzania	Tansania
UMI	United States Minor Outlying Islands	Kleinere Amerikanische Überseeinseln
USA	United States	USA
VAT	Vatican City	Vatikanstadt
VGB	British Virgin Islands	Britische Jungferninseln
VIR	US Virgin Islands	Amerikanische Jungferninseln
OVERRIDES
node - "$work/names/package" "$work/overrides.tsv" > "$work/countries.tsv" <<'JS'
const fs = require("fs");
const [dir, overridesFile] = process.argv.slice(2);
const read = file => JSON.parse(fs.readFileSync(`${dir}/${file}`, "utf8"));
const first = name => Array.isArray(name) ? name[0] : name;
const [en, de] = [read("langs/en.json").countries, read("langs/de.json").countries];
const rows = new Map();
// Codes 900-999 are user-assigned, not ISO 3166-1 (the package has Kosovo as XKK, 983).
for (const [alpha2, alpha3, numeric] of read("codes.json").filter(code => code[2] < "900")) {
  rows.set(alpha3, { numeric, alpha3, en: first(en[alpha2]), de: first(de[alpha2]) });
}
for (const line of fs.readFileSync(overridesFile, "utf8").split("\n").filter(Boolean)) {
  const [alpha3, enName, deName] = line.split("\t");
  if (!rows.has(alpha3) || !enName || !deName) throw new Error(`Bad override: ${line}`);
  Object.assign(rows.get(alpha3), { en: enName, de: deName });
}
const lines = [...rows.values()].sort((a, b) => a.numeric < b.numeric ? -1 : a.numeric > b.numeric ? 1 : 0)
  .map(row => [row.numeric, row.alpha3, row.en, row.de])
  .map(fields => { if (fields.some(f => !f || /[\t\n]/.test(f))) throw new Error(`Bad row: ${fields}`); return fields.join("\t"); });
process.stdout.write(["numeric\talpha3\ten\tde", ...lines].join("\n") + "\n");
JS
mv "$work/countries.tsv" "$here/countries.tsv"
cp "$work/names/package/LICENSE" "$here/LICENSE.i18n-iso-countries"
printf 'world-atlas %s\nNatural Earth %s\ni18n-iso-countries %s\n' "$version" "$edition" "$names_version" > "$here/VERSION"
ls -l "$here"/countries-*.json.gz "$here/countries.tsv"
