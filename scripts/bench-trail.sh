#!/usr/bin/env bash
# The quote trail's costs (issue 16), measured from the outside:
#
#   1. ingest: N generated articles (the first N of a bench-library.sh
#      corpus, copied) ingested by this build and by the same build
#      without trails (-tags benchnotrail: no phrase given to any quote),
#      RUNS times each, alternately; the median of each, their ratio, and
#      the size of each library and of the trail's tables in this build's;
#   2. trails: a copy of a large library ($DIXIT_TRAIL_LIB, e.g. one
#      bench-library.sh ingested) opened by this build, which builds the
#      trail of every stored quote on that first open, then the trail of
#      200 quotes picked at random (scripts/benchtrail).
#
#   DIXIT_BENCH_CORPUS=/tmp/perf/b100/corpus-v1-100000 DIXIT_TRAIL_LIB=/tmp/perf/b100/lib-100000.db scripts/bench-trail.sh
#   DIXIT_TRAIL_N=10000 (articles ingested; default 10000) DIXIT_TRAIL_RUNS=2 (default)
#
# Work files go to ${DIXIT_BENCH_DIR:-${TMPDIR:-/tmp}/dixit-bench-trail}.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${DIXIT_TRAIL_N:-10000}
runs=${DIXIT_TRAIL_RUNS:-2}
corpus=${DIXIT_BENCH_CORPUS:?set DIXIT_BENCH_CORPUS to a corpus of scripts/bench-library.sh}
work=${DIXIT_BENCH_DIR:-${TMPDIR:-/tmp}/dixit-bench-trail}
mkdir -p "$work"

echo "== building this build, and it without trails"
go build -o "$work/dixit" ./cmd/dixit
go build -tags benchnotrail -o "$work/dixit-base" ./cmd/dixit
go build -o "$work/benchtrail" ./scripts/benchtrail

sub=$work/corpus-$n
if [ ! -f "$sub/.done" ]; then
	echo "== copying the first $n articles of $corpus"
	rm -rf "$sub" && mkdir -p "$sub"
	# awk, not head: head closing the pipe early would fail it (pipefail).
	(cd "$corpus" && find . -name '*.md' | sort | awk -v n="$n" 'NR <= n' | xargs cp --parents -t "$sub")
	touch "$sub/.done"
fi

now_ms() { date +%s%3N; }
ingest() { # binary, library → ms
	rm -f "$2" "$2-wal" "$2-shm"
	local t0
	t0=$(now_ms)
	XDG_DATA_HOME=$work/xdg XDG_STATE_HOME=$work/xdg XDG_CONFIG_HOME=$work/xdg "$1" --db "$2" --no-samples ingest "$sub" >/dev/null 2>&1
	echo $(($(now_ms) - t0))
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

echo "== ingesting $n articles, $runs runs each"
: >"$work/base.ms"
: >"$work/trail.ms"
for ((i = 1; i <= runs; i++)); do
	ingest "$work/dixit-base" "$work/base.db" >>"$work/base.ms"
	ingest "$work/dixit" "$work/trail.db" >>"$work/trail.ms"
done
b=$(median <"$work/base.ms")
t=$(median <"$work/trail.ms")
size() { stat -c %s "$1"; }
sqlite3 "$work/base.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
sqlite3 "$work/trail.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
bs=$(size "$work/base.db")
ts=$(size "$work/trail.db")
tables=$(sqlite3 "$work/trail.db" "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ('phrases', 'phrase_keys', 'sqlite_autoindex_phrases_1', 'phrases_altered', 'quotes_phrase')" 2>/dev/null || echo "?")
counts=$(sqlite3 "$work/trail.db" "SELECT (SELECT count(*) FROM quotes) || ' quotes, ' || (SELECT count(*) FROM phrases) || ' phrases, ' || (SELECT count(*) FROM phrase_keys) || ' band keys, ' || (SELECT count(*) FROM phrases WHERE altered <> 0) || ' phrases altered'")
awk -v b="$b" -v t="$t" -v n="$n" 'BEGIN {
	printf "ingest without trails: %.1f s (%.0f articles/s)\n", b / 1000, n / (b / 1000)
	printf "ingest with trails:    %.1f s (%.0f articles/s), %+.1f%% in time; its speed %.1f%% of that without trails\n", t / 1000, n / (t / 1000), (t - b) * 100 / b, b * 100 / t
}'
echo "runs (ms): base $(tr '\n' ' ' <"$work/base.ms")· trail $(tr '\n' ' ' <"$work/trail.ms")"
# Each pair ran back to back: the median of their ratios is less moved by
# the machine's load drifting over the runs than the ratio of medians.
paste "$work/base.ms" "$work/trail.ms" | awk '{print $2 / $1}' | median | awk '{
	printf "median of the %s pairs: %+.1f%% in time; speed %.1f%% of that without trails\n", "'"$runs"'", ($1 - 1) * 100, 100 / $1
}'

awk -v b="$bs" -v t="$ts" -v x="$tables" 'BEGIN {
	printf "library: %.1f MB without trails, %.1f MB with, %+.1f MB (%+.1f%%); the trail tables and indexes %.1f MB\n",
		b / 1e6, t / 1e6, (t - b) / 1e6, (t - b) * 100 / b, x / 1e6
}'
echo "trail: $counts; without trails: $(sqlite3 "$work/base.db" 'SELECT count(*) FROM phrases') phrases"

if [ -n "${DIXIT_TRAIL_LIB:-}" ]; then
	echo "== a copy of $DIXIT_TRAIL_LIB, opened by this build, then 200 trails"
	cp "$DIXIT_TRAIL_LIB" "$work/big.db"
	"$work/benchtrail" -db "$work/big.db" -n 200
	"$work/benchtrail" -db "$work/big.db" -n 200 -seed 2 | tail -n +2
	sqlite3 "$work/big.db" "SELECT (SELECT count(*) FROM articles) || ' articles, ' || (SELECT count(*) FROM quotes) || ' quotes, ' || (SELECT count(*) FROM phrases) || ' phrases, ' || (SELECT count(*) FROM phrase_keys) || ' band keys'"
	tables=$(sqlite3 "$work/big.db" "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ('phrases', 'phrase_keys', 'sqlite_autoindex_phrases_1', 'phrases_altered', 'quotes_phrase')")
	awk -v x="$tables" -v t="$(size "$work/big.db")" 'BEGIN { printf "big library: %.0f MB, of which the trail tables and indexes %.1f MB\n", t / 1e6, x / 1e6 }'
	rm -f "$work/big.db" "$work/big.db-wal" "$work/big.db-shm"
fi
