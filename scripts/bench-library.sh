#!/usr/bin/env bash
# dixit on a newsroom-sized library, measured from the outside (issue 15):
# generates N fictional articles of real-news size (internal/benchgen),
# ingests them with the real binary, then launches the reader in tmux and
# polls the screen. newsboat, when installed, gets the same articles as RSS
# feeds for the columns the issue compares.
#
#   scripts/bench-library.sh                 # N=100000: ~10-20 min on 2 cores
#   DIXIT_BENCH_N=10000 scripts/bench-library.sh
#   DIXIT_BENCH_REUSE=1 ...                  # keep an ingested library, skip ingest
#   DIXIT_BENCH_RUNS=7 ...                   # launches per first-frame figure (default 5)
#   DIXIT_BENCH_DB=postgres://... ...        # ingest into PostgreSQL instead (an empty database)
#   DIXIT_BENCH_CORPUS=DIR ...               # ingest another run's corpus (DIR and DIR.info)
#   DIXIT_BENCH_NEWSBOAT=0 ...               # skip newsboat (its reload of 100,000 items takes minutes)
#
# Work files go to ${DIXIT_BENCH_DIR:-${TMPDIR:-/tmp}/dixit-bench-library}.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${DIXIT_BENCH_N:-100000}
runs=${DIXIT_BENCH_RUNS:-5}
work=${DIXIT_BENCH_DIR:-${TMPDIR:-/tmp}/dixit-bench-library}
mkdir -p "$work"
bin=$work/dixit
corpus=${DIXIT_BENCH_CORPUS:-$work/corpus-v1-$n} # another run's corpus, to compare builds
feeds=${corpus/corpus-v1/feeds-v1}
db=${DIXIT_BENCH_DB:-$work/lib-$n.db}
pg=0
case $db in postgres://* | postgresql://*) pg=1 ;; esac
sess=dixit-bench-$$
xdg=$work/xdg-$$
trap 'tmux kill-session -t "$sess" 2>/dev/null || true; rm -rf "$xdg"' EXIT

declare -A fig

echo "== building dixit"
go build -o "$bin" ./cmd/dixit

if [ ! -f "$corpus/.done" ]; then
	echo "== generating $n articles into $corpus"
	rm -rf "$corpus" "$feeds"
	rss=()
	command -v newsboat >/dev/null && rss=(-rss "$feeds")
	go run ./scripts/benchgen -n "$n" -out "$corpus" "${rss[@]}" | tee "$corpus.info"
	touch "$corpus/.done"
fi
text_bytes=$(awk '{print $3}' "$corpus.info")

now_ms() { date +%s%3N; }

# peak RSS (VmHWM, MB) of a process
hwm() { awk '/VmHWM/ {printf "%.1f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

# Forget a file's pages (a cold start without root: the page cache drops
# clean pages on request).
forget() {
	python3 - "$@" <<'EOF'
import os, sys
for p in sys.argv[1:]:
    try:
        fd = os.open(p, os.O_RDONLY)
    except OSError:
        continue
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)
EOF
}

# wait_for PATTERN: poll the pane until it shows PATTERN; prints the ms it took
# since $t0. Gives up after 60 s.
wait_for() {
	local pat=$1 deadline=$(($(now_ms) + 60000))
	while :; do
		if tmux capture-pane -p -t "$sess" 2>/dev/null | grep -qE -- "$pat"; then
			echo $(($(now_ms) - t0))
			return
		fi
		if [ "$(now_ms)" -gt "$deadline" ]; then
			echo "timeout"
			return
		fi
		sleep 0.002
	done
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "?"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# ---------------------------------------------------------------- ingest
if [ -z "${DIXIT_BENCH_REUSE:-}" ] || { [ $pg = 0 ] && [ ! -f "$db" ]; }; then
	echo "== ingesting $n articles"
	[ $pg = 0 ] && rm -f "$db" "$db-wal" "$db-shm"
	t0=$(now_ms)
	/usr/bin/time -v -o "$work/ingest.time" "$bin" --db "$db" ingest "$corpus" | tail -1
	dt=$(($(now_ms) - t0))
	fig[ingest_rate]=$(awk -v n="$n" -v ms="$dt" 'BEGIN {printf "%.0f", n / (ms / 1000)}')
	fig[ingest_time]=$(awk -v ms="$dt" 'BEGIN {printf "%.1f", ms / 1000}')
	fig[ingest_rss]=$(awk '/Maximum resident/ {printf "%.0f", $6/1024}' "$work/ingest.time")
	fig[ingest_written]=$(awk '/File system outputs/ {printf "%.2f", $4*512/1e9}' "$work/ingest.time")
fi
if [ $pg = 0 ]; then
	lib_bytes=$(($(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0)))
else
	# psql refuses search_path in a URL: it goes in PGOPTIONS, and the
	# library is then that schema's tables, not the whole database.
	schema=$(sed -n 's/.*[?&]search_path=\([^&]*\).*/\1/p' <<<"$db")
	url=$(sed -E 's/([?&])search_path=[^&]*&?/\1/; s/[?&]$//' <<<"$db")
	if [ -n "$schema" ]; then
		lib_bytes=$(psql "$url" -Atc "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
			join pg_namespace n on n.oid = c.relnamespace where n.nspname = '$schema' and c.relkind in ('r', 'm')")
	else
		lib_bytes=$(psql "$url" -Atc "select pg_database_size(current_database())")
	fi
fi
fig[lib_mb]=$(awk -v b="$lib_bytes" 'BEGIN {printf "%.0f", b/1e6}')
fig[text_mb]=$(awk -v b="$text_bytes" 'BEGIN {printf "%.0f", b/1e6}')
fig[ratio]=$(awk -v a="$lib_bytes" -v b="$text_bytes" 'BEGIN {printf "%.2f", a/b}')

# ---------------------------------------------------------------- reader
launch() { # launch CMD...: the reader in a fresh tmux session
	tmux kill-session -t "$sess" 2>/dev/null || true
	rm -rf "$xdg"
	mkdir -p "$xdg/d" "$xdg/s" "$xdg/c"
	t0=$(now_ms)
	tmux new-session -d -s "$sess" -x 140 -y 40 "$*; sleep 600"
}
dixit_cmd="XDG_DATA_HOME=$xdg/d XDG_STATE_HOME=$xdg/s XDG_CONFIG_HOME=$xdg/c $bin --db '$db' --theme dark"
list_shown='[0-9+]+ articles'

echo "== first frame ($runs launches each, warm then cold)"
# What tmux and the polling cost: a command that prints at once.
floor=()
for _ in $(seq "$runs"); do
	launch "echo 12 articles"
	floor+=("$(wait_for "$list_shown")")
done
fig[floor]=$(printf '%s\n' "${floor[@]}" | median)
# One launch to warm the cache (and let the open-time checks settle).
launch "$dixit_cmd"
wait_for "$list_shown" >/dev/null
warm=() cold=()
for _ in $(seq "$runs"); do
	launch "$dixit_cmd"
	warm+=("$(wait_for "$list_shown")")
done
for _ in $(seq "$runs"); do
	tmux kill-session -t "$sess" 2>/dev/null || true
	[ $pg = 0 ] && forget "$db" "$db-wal" "$bin"
	launch "$dixit_cmd"
	cold+=("$(wait_for "$list_shown")")
done
fig[frame_warm]=$(printf '%s\n' "${warm[@]}" | median)
fig[frame_cold]=$(printf '%s\n' "${cold[@]}" | median)
echo "   warm: ${warm[*]} ms; cold: ${cold[*]} ms"

echo "== speaker overlay and article opening ($runs each)"
launch "$dixit_cmd"
wait_for "$list_shown" >/dev/null
sleep 1
over=()
for _ in $(seq "$runs"); do
	t0=$(now_ms)
	tmux send-keys -t "$sess" s
	over+=("$(wait_for 'speakers · enter')")
	tmux send-keys -t "$sess" Escape
	sleep 0.3
done
fig[overlay]=$(printf '%s\n' "${over[@]}" | median)
echo "   overlay: ${over[*]} ms"
pid=$(pgrep -P "$(tmux list-panes -t "$sess" -F '#{pane_pid}')" dixit || true)
fig[tui_rss]=$( [ -n "$pid" ] && hwm "$pid" || echo "?")
tmux kill-session -t "$sess" 2>/dev/null || true

if [ $pg = 0 ]; then
	echo "== in-process reader benchmarks on the ingested library (internal/tui/bench)"
	# The cold launches above dropped the library from the page cache: the
	# in-process figures are for a warm library, as the real binary's are.
	cat "$db" "$db-wal" >/dev/null 2>&1 || true
	DIXIT_BENCH_LIBRARY=$db go test ./internal/tui/bench -run '^$' -bench 'FilterKeystroke|OpenArticle|SpeakerView' \
		-benchtime "${BENCHTIME:-40x}" -count=1 -timeout 30m | tee "$work/inproc.log" | grep -E '^Benchmark' || true
	eval "$(awk '
	function metric(unit,   i) { for (i = 3; i <= NF; i++) if ($i == unit) return $(i-1); return "" }
	/^Benchmark/ {
		name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name); gsub(/[^A-Za-z0-9]/, "_", name)
		printf "fig[%s_ms]=%.1f\n", name, metric("ns/op") / 1e6
		if (metric("p95-ms") != "") printf "fig[%s_p50]=%s\nfig[%s_p95]=%s\n", name, metric("p50-ms"), name, metric("p95-ms")
	}' "$work/inproc.log")"
fi

# ---------------------------------------------------------------- newsboat
nb=0
if [ "${DIXIT_BENCH_NEWSBOAT:-1}" != 0 ] && command -v newsboat >/dev/null && [ -d "$feeds" ] && [ $pg = 0 ]; then
	nb=1
	echo "== newsboat $(newsboat -v | head -1 | awk '{print $2}'): reload of $n items"
	nbh=$work/newsboat
	rm -rf "$nbh" && mkdir -p "$nbh"
	for f in "$feeds"/*.xml; do echo "file://$f"; done >"$nbh/urls"
	printf 'reload-threads 2\n' >"$nbh/config"
	t0=$(now_ms)
	HOME=$nbh /usr/bin/time -v -o "$nbh/reload.time" newsboat -u "$nbh/urls" -c "$nbh/cache.db" -C "$nbh/config" -x reload
	dt=$(($(now_ms) - t0))
	fig[nb_rate]=$(awk -v n="$n" -v ms="$dt" 'BEGIN {printf "%.0f", n / (ms / 1000)}')
	fig[nb_lib_mb]=$(awk -v b="$(wc -c <"$nbh/cache.db")" 'BEGIN {printf "%.0f", b/1e6}')
	nb_cmd="HOME=$nbh newsboat -u $nbh/urls -c $nbh/cache.db -C $nbh/config"
	warm=()
	for _ in $(seq "$runs"); do
		launch "$nb_cmd"
		warm+=("$(wait_for 'Your feeds|Bench feed')")
	done
	fig[nb_frame]=$(printf '%s\n' "${warm[@]}" | median)
	# Open the first feed, then its first item.
	tmux send-keys -t "$sess" Enter
	sleep 1
	t0=$(now_ms)
	tmux send-keys -t "$sess" Enter
	fig[nb_open]=$(wait_for 'Feed: ')
	pid=$(pgrep -P "$(tmux list-panes -t "$sess" -F '#{pane_pid}')" newsboat || true)
	fig[nb_rss]=$( [ -n "$pid" ] && hwm "$pid" || echo "?")
	tmux kill-session -t "$sess" 2>/dev/null || true
else
	echo "== newsboat not installed (or PostgreSQL run): no newsboat column"
fi

# ---------------------------------------------------------------- table
v() { echo "${fig[$1]:-—}"; }
nbv() { [ $nb = 1 ] && v "$1" || echo "—"; }
backend=SQLite
[ $pg = 1 ] && backend=PostgreSQL
echo
printf '| figure, %s articles, %s cores, %s | dixit | newsboat | target |\n' "$n" "$(nproc)" "$backend"
echo '|---|---|---|---|'
printf '| ingest | %s articles/s (%s s), %s GB written, peak %s MB | %s items/s | ≥ 3,000/s |\n' "$(v ingest_rate)" "$(v ingest_time)" "$(v ingest_written)" "$(v ingest_rss)" "$(nbv nb_rate)"
printf '| library size | %s MB for %s MB of text (%s×) | %s MB | ≤ 2.5× |\n' "$(v lib_mb)" "$(v text_mb)" "$(v ratio)" "$(nbv nb_lib_mb)"
printf '| first frame, real binary in tmux, warm (tmux alone: %s ms) | %s ms | %s ms | ≤ 100 ms |\n' "$(v floor)" "$(v frame_warm)" "$(nbv nb_frame)"
printf '| first frame, cold page cache | %s ms | — | ≤ 300 ms |\n' "$(v frame_cold)"
printf '| keystroke to frame, list filter (text / speaker / outlet), p95 | %s / %s / %s ms (p50 %s / %s / %s) | no live filter | ≤ 16 ms |\n' \
	"$(v FilterKeystroke_text_p95)" "$(v FilterKeystroke_speaker_p95)" "$(v FilterKeystroke_outlet_p95)" \
	"$(v FilterKeystroke_text_p50)" "$(v FilterKeystroke_speaker_p50)" "$(v FilterKeystroke_outlet_p50)"
printf '| speaker overlay (s), in tmux / in process | %s ms / %s ms | — | ≤ 50 ms |\n' "$(v overlay)" "$(v SpeakerView_ms)"
printf '| open an article, uncached / cached | %s ms / %s ms | %s ms | ≤ 15 / 2 ms |\n' "$(v OpenArticleUncached_next_article_ms)" "$(v OpenArticleCached_ms)" "$(nbv nb_open)"
printf '| peak memory of the reader | %s MB | %s MB | ≤ 64 MB |\n' "$(v tui_rss)" "$(nbv nb_rss)"
