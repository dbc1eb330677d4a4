#!/bin/sh
# Regenerate internal/attrib/lexicon/common_en.txt and common_fr.txt, the
# common words of English and of French that tell a capitalised common word
# from a name, from Debian's wamerican (SCOWL: public domain and free
# licences; it writes proper nouns capitalised) and wfrench (GNU GPL v2 or
# later), installed with apt-get when missing; the given names of
# given_names.txt are left out. The generated files are committed: the
# build and the tests never need the packages.
set -eu
cd "$(dirname "$0")/.."
need=""
[ -r /usr/share/dict/american-english ] || need="$need wamerican"
[ -r /usr/share/dict/french ] || need="$need wfrench"
if [ -n "$need" ]; then
	echo "gen-common-words: installing$need" >&2
	apt-get install -y -q $need >&2
fi
go run ./internal/attrib/lexicon/gen/common
echo "gen-common-words: wrote internal/attrib/lexicon/common_en.txt ($(wc -l < internal/attrib/lexicon/common_en.txt) lines) and common_fr.txt ($(wc -l < internal/attrib/lexicon/common_fr.txt) lines)" >&2
