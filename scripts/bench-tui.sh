#!/usr/bin/env bash
# Benchmarks of the reader on a generated library of 100,000 fictional
# articles, against the issue's targets: first frame ≤ 150 ms, filter
# keystroke to frame ≤ 30 ms, peak memory ≤ 150 MB, the Quotes view (Q),
# who is quoted (W) and the sort (S) open in ≤ 100 ms and a keystroke in
# them reaches its frame in ≤ 16 ms at p95; opening an article cached and
# uncached, and the speaker view, for the record.
#
#   scripts/bench-tui.sh              # ~1 min once the library exists
#   BENCHTIME=100x scripts/bench-tui.sh
#   PROFILE=1 scripts/bench-tui.sh    # + CPU profile of the keystrokes, top functions
#   DIXIT_BENCH_ARTICLES=20000 ...               # a smaller library (its own file)
#
# The first run generates the library into ${TMPDIR:-/tmp} (about 45 s for
# 100k on 2 cores, 300 MB) and later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=./internal/tui/bench
benchtime=${BENCHTIME:-60x}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== peak memory (child process: first frame, 50 keystrokes, 20 articles, speaker view)"
DIXIT_BENCH=1 go test "$pkg" -run '^TestPeakMemory$' -v -count=1 -timeout 20m | tee -a "$log" | grep -E 'generated|PEAK|peak RSS|FAIL|first frame' || true

echo "== benchmarks (-benchtime $benchtime)"
prof=()
if [ -n "${PROFILE:-}" ]; then
	profdir=$(mktemp -d)
	prof=(-cpuprofile "$profdir/keys.prof" -o "$profdir/bench.test")
fi
go test "$pkg" -run '^$' -bench . -benchtime "$benchtime" -count=1 -timeout 20m "${prof[@]}" | tee -a "$log"

echo
echo "== figures (targets from the issue)"
awk '
function metric(unit,   i) { for (i = 3; i <= NF; i++) if ($i == unit) return $(i-1); return "" }
function verdict(v, target) { return (v + 0 <= target) ? "met" : "MISSED" }
/^PEAK / { split($2, a, "="); peak = a[2] }
/^Benchmark/ {
	name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
	ns[name] = metric("ns/op") / 1e6
	art[name] = metric("article-ms"); p50[name] = metric("p50-ms"); p95[name] = metric("p95-ms"); mx[name] = metric("max-ms")
	cnt[name] = metric("count-ms"); lst[name] = metric("list-ms")
}
END {
	printf "%-44s %9.1f ms   target <= 150 ms: %s\n", "first frame (tui.New to first page drawn)", ns["FirstFrame/model"], verdict(ns["FirstFrame/model"], 150)
	printf "%-44s %9.1f ms   target <= 150 ms: %s\n", "  + opening the library as cmd/dixit does", ns["FirstFrame/with_open"], verdict(ns["FirstFrame/with_open"], 150)
	printf "%-44s %9.1f ms\n", "first article rendered and drawn", art["FirstFrame/model"]
	for (s in p95) if (s ~ /^FilterKeystroke\//) {
		t = s; sub(/^FilterKeystroke\//, "", t)
		printf "%-44s %9.1f ms   p50 %.1f  p95 %.1f  max %.1f  (Count %.1f + List %.1f)   target <= 30 ms (p95): %s\n", "keystroke to frame, " t " (mean)", ns[s], p50[s], p95[s], mx[s], cnt[s], lst[s], verdict(p95[s], 30)
	}
	printf "%-44s %9.1f ms\n", "open article, uncached (next in the list)", ns["OpenArticleUncached/next_article"]
	printf "%-44s %9.1f ms\n", "open article, uncached (fresh renderer)", ns["OpenArticleUncached/fresh_renderer"]
	printf "%-44s %9.1f ms\n", "open article, cached", ns["OpenArticleCached"]
	printf "%-44s %9.1f ms\n", "speaker view (s) loaded and drawn", ns["SpeakerView"]
	printf "%-44s %9.1f ms   p95 %.1f  max %.1f   target <= 100 ms (p95): %s\n", "Quotes view (Q) loaded and drawn", ns["QuotesView"], p95["QuotesView"], mx["QuotesView"], verdict(p95["QuotesView"], 100)
	printf "%-44s %9.1f ms   p95 %.1f  max %.1f   target <= 100 ms (p95): %s\n", "who is quoted (W) loaded and drawn", ns["StatsView"], p95["StatsView"], mx["StatsView"], verdict(p95["StatsView"], 100)
	printf "%-44s %9.1f ms   p95 %.1f  max %.1f   target <= 100 ms (p95): %s\n", "sort (S) to the next order drawn", ns["Sort"], p95["Sort"], mx["Sort"], verdict(p95["Sort"], 100)
	for (s in p95) if (s ~ /^ViewKeystroke\//) {
		t = s; sub(/^ViewKeystroke\//, "", t)
		printf "%-44s %9.1f ms   p50 %.1f  p95 %.1f  max %.1f   target <= 16 ms (p95): %s\n", "keystroke to frame in a view, " t, ns[s], p50[s], p95[s], mx[s], verdict(p95[s], 16)
	}
	if (peak != "") printf "%-44s %9.1f MB   target <= 150 MB: %s\n", "peak RSS (VmHWM)", peak, verdict(peak, 150)
}' "$log"

if [ -n "${PROFILE:-}" ]; then
	echo
	echo "== where the time goes (CPU profile of all benchmarks; keystrokes dominate): $profdir/keys.prof"
	go tool pprof -top -cum -nodecount=25 "$profdir/bench.test" "$profdir/keys.prof" 2>/dev/null | tail -n +6
fi
