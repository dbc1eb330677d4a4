#!/usr/bin/env bash
# The worst inputs within the 10 MB limit, through the real binary: wall
# time and peak memory of `dixit extract` on each shape, against the bound
# of issue 13 (2 s and 200 MB for any input within the limit). It prints a
# line per shape and exits non-zero when one is over the bound, so it
# measures; no test asserts a time.
#
#   scripts/worst-inputs.sh            # about 30 s
#   SIZE=2000000 scripts/worst-inputs.sh   # smaller inputs
#
# Shapes: dense quotations with cues, dense names and attribution frames,
# one paragraph of reported speech, and words with no punctuation at all.
# The sentences are invented.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${SIZE:-9900000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
command -v /usr/bin/time >/dev/null || { echo "worst-inputs: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
go build -o "$dir/dixit" ./cmd/dixit

python3 - "$dir" "$size" <<'EOF'
import random, sys
d, size = sys.argv[1], int(sys.argv[2])
random.seed(1)
names = ["Paul Ferrand", "Nora Quill", "Ada Quist", "Tom Harlow", "Léa Moreau", "Jean Vidal"]
def fill(name, make, sep=" "):
    out, n = [], 0
    while n < size:
        s = make(random.choice(names)) + sep
        out.append(s)
        n += len(s.encode())
    open(f"{d}/{name}.txt", "w").write("".join(out))
fill("dense-quotes", lambda n: "« Nous reconstruirons la scierie avant l'été », a déclaré %s." % n)
fill("dense-names", lambda n: "Selon %s, le port rouvrira. %s a dit que la criée fermera." % (n, n), "\n\n")
fill("one-paragraph", lambda n: "%s said the ferry would run twice a day and the pier would reopen," % n)
fill("no-punctuation", lambda n: "%s harbour ferry council quay pier town said would run" % n)
EOF

fail=0
for f in "$dir"/*.txt; do
	name=$(basename "$f" .txt)
	out=$( { /usr/bin/time -f '%e %M' "$dir/dixit" extract --format json "$f" >/dev/null; } 2>&1 | tail -1)
	secs=${out% *}
	kb=${out#* }
	mb=$((kb / 1024))
	verdict=ok
	if awk -v s="$secs" 'BEGIN { exit !(s > 2) }' || [ "$mb" -gt 200 ]; then
		verdict="over the bound (2 s, 200 MB)"
		fail=1
	fi
	printf '%-15s %6.2f MB  %6s s  %5d MB peak  %s\n' "$name" "$(awk -v b="$(wc -c <"$f")" 'BEGIN { print b / 1e6 }')" "$secs" "$mb" "$verdict"
done
exit $fail
