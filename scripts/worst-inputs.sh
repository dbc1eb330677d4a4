#!/usr/bin/env bash
# The worst inputs within the 10 MB limit, through the real binary: wall
# time, CPU time and peak memory of `dixit extract` (JSON and CSV) and of
# `dixit ingest` into a new library on each shape, against the bound of
# issue 13 (2 s and 200 MB for any input within the limit). It prints a
# line per shape and command and exits non-zero when one is over the bound,
# so it measures; no test asserts a time. On a loaded machine the wall time
# grows with the load; the CPU time (user + system) does not.
#
#   scripts/worst-inputs.sh            # about a minute
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
measure() { # label, command...: one line of figures
	local label=$1 secs user sys cpu kb mb verdict
	shift
	/usr/bin/time -o "$dir/time" -f '%e %U %S %M' "$@" >/dev/null 2>"$dir/stderr" || true
	read -r secs user sys kb <"$dir/time"
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
	mb=$((kb / 1024))
	verdict=ok
	if awk -v s="$secs" 'BEGIN { exit !(s > 2) }' || [ "$mb" -gt 200 ]; then
		verdict="over the bound (2 s, 200 MB)"
		fail=1
	fi
	printf '%-30s %6s s  %5s s CPU  %5d MB peak  %s\n' "$label" "$secs" "$cpu" "$mb" "$verdict"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in "$dir"/*.txt; do
	name=$(basename "$f" .txt)
	echo "$name: $(awk -v b="$(wc -c <"$f")" 'BEGIN { printf "%.2f", b / 1e6 }') MB"
	measure "  extract --format json" "$dir/dixit" extract --format json "$f"
	measure "  extract --format csv" "$dir/dixit" extract --format csv "$f"
	measure "  ingest (a new library)" "$dir/dixit" --db "$dir/$name.db" ingest "$f"
done
exit $fail
