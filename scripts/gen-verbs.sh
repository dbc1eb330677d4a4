#!/bin/sh
# Regenerate internal/attrib/lexicon/verbs_fr.txt and verbs_en.txt, the
# speech-verb tables, from the curated lists in internal/attrib/lexicon/src/.
# Inflections come from packaged lexical data, never typed by hand:
#   French:  Debian's verbiste (french-conjugator and its XML data; GNU GPL v2+)
#   English: Debian's wordnet-base, /usr/share/wordnet/verb.exc (WordNet 3.0
#            licence, BSD-like), with regular rules for the rest
# Install them with: apt-get install verbiste wordnet-base
# Afterwards it lists the forms lost or changed against the committed tables.
# The generated files are committed, so the build and tests never need them.
set -eu
cd "$(dirname "$0")/.."
command -v french-conjugator >/dev/null || { echo "gen-verbs: needs french-conjugator (apt-get install verbiste)" >&2; exit 1; }
[ -r /usr/share/wordnet/verb.exc ] || { echo "gen-verbs: needs /usr/share/wordnet/verb.exc (apt-get install wordnet-base)" >&2; exit 1; }
go run ./internal/attrib/lexicon/gen -dir internal/attrib/lexicon
echo "gen-verbs: $(grep -vc '^#' internal/attrib/lexicon/verbs_fr.txt) French and $(grep -vc '^#' internal/attrib/lexicon/verbs_en.txt) English verbs"
# What changed against the committed tables: every form lost, every lemma
# or flag changed (forms added are not listed).
old=$(mktemp -d)
trap 'rm -rf "$old"' EXIT
if git show HEAD:internal/attrib/lexicon/verbs_fr.txt > "$old/verbs_fr.txt" 2>/dev/null &&
	git show HEAD:internal/attrib/lexicon/verbs_en.txt > "$old/verbs_en.txt" 2>/dev/null; then
	DIXIT_VERBS_OLD=$old go test ./internal/attrib -run '^TestVerbTableDiff$' -count=1 -v | grep -E '^\s+lexicon_verbs_test' || true
fi
