#!/usr/bin/env bash
# `dixit extract` on real news, through the real binary, against issue 15:
# 10 MB in about 1,000 files at least 1.8 times faster on 2 cores than
# with GOMAXPROCS=1, and one 10 MB article in at most 1 s and 50 MB.
#
#   scripts/bench-extract.sh                 # the evaluation sets' articles
#   NEWS=DIR RUNS=9 scripts/bench-extract.sh
#
# The articles (NEWS, every file under a directory named articles) are
# joined two to a file, and the whole set repeated, to about 10 MB: real
# news at about 10 KB a file. The 10 MB article is all of them joined
# until 10 MB. Runs alternate GOMAXPROCS=1 and 2 so that a burst of load
# on a shared machine falls on both; medians are printed. Nothing here
# asserts a time: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
news=${NEWS:-../shared/eval/sets}
runs=${RUNS:-9}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
command -v /usr/bin/time >/dev/null || { echo "bench-extract: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
go build -o "$dir/dixit" ./cmd/dixit
python3 - "$news" "$dir" <<'PY'
import os, sys
news, d = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(news) if os.path.basename(r) == "articles" for f in fs)
texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
os.makedirs(f"{d}/many")
total, n, rep = 0, 0, 0
while total < 10_000_000:
    for i in range(0, len(texts) - 1, 2):
        t = texts[i] + "\n\n" + texts[i + 1]
        with open(f"{d}/many/{n:05d}.txt", "w") as f:
            f.write(t)
        total += len(t.encode())
        n += 1
        if total >= 10_000_000:
            break
    rep += 1
with open(f"{d}/many.info", "w") as f:
    f.write(f"{n} files, {total / 1e6:.1f} MB\n")
out, size = [], 0
while size < 10_000_000:
    for t in texts:
        out.append(t)
        size += len(t.encode()) + 2
        if size >= 10_000_000:
            break
open(f"{d}/one.txt", "w").write("\n\n".join(out)[:10_000_000])
PY
echo "bench-extract: $(cat "$dir/many.info") of real news from $news; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # GOMAXPROCS, files...: wall seconds and peak KB
	GOMAXPROCS=$1 /usr/bin/time -f "%e %M" -o "$dir/t" "$dir/dixit" extract --format json "${@:2}" >/dev/null 2>"$dir/err" || true
	cat "$dir/t"
}
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
: >"$dir/p1"
: >"$dir/p2"
for _ in $(seq "$runs"); do
	run 1 "$dir"/many/* | cut -d' ' -f1 >>"$dir/p1"
	run 2 "$dir"/many/* | cut -d' ' -f1 >>"$dir/p2"
done
p1=$(median <"$dir/p1")
p2=$(median <"$dir/p2")
ratios=$(paste "$dir/p1" "$dir/p2" | awk '{printf "%.2f\n", $1/$2}' | sort -n | tr '\n' ' ')
echo "many files: GOMAXPROCS=1 $p1 s, 2 cores $p2 s: $(paste "$dir/p1" "$dir/p2" | awk '{print $1/$2}' | median | xargs printf %.2f)x (target 1.8x), median of $runs pairs run side by side ($ratios)"
: >"$dir/one"
for _ in $(seq 3); do run "$(nproc)" "$dir/one.txt" >>"$dir/one"; done
echo "one 10 MB article: $(sort -n "$dir/one" | sed -n 2p | awk '{printf "%.2f s, %.0f MB", $1, $2/1024}') (target 1 s, 50 MB); median of 3"
