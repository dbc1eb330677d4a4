#!/bin/sh
# Benchmark the attribution engine on one core and print its throughput in
# MB/s: the generated French and English corpora (5+ MB each), run five
# times each, best and median.
#
# The engine is built as cmd/dixit builds it, with the profile-guided
# optimisation of cmd/dixit/default.pgo (see scripts/pgo.sh); --no-pgo
# measures a plain build as well.
#
# DIXIT_BENCH_DIR names a directory of real .txt articles to measure too,
# for instance ../shared/eval/sets/ggt-en/articles.
set -eu
cd "$(dirname "$0")/.."

plain=0
[ "${1:-}" = "--no-pgo" ] && plain=1

run() { # label, go test -pgo value
	out=$(go test ./internal/attrib -pgo="$2" -run '^$' -bench 'Extract(FR|EN|Dir)$' \
		-benchtime 10x -count 5 -cpu 1)
	printf '%s\n' "$out" | awk -v label="$1" '
		/^Benchmark/ { for (i = 1; i <= NF; i++) if ($i == "MB/s") { n[$1]++; v[$1, n[$1]] = $(i-1) } }
		END {
			for (b in n) {
				# sort the runs of b
				for (i = 1; i <= n[b]; i++) for (j = i + 1; j <= n[b]; j++)
					if (v[b, j] + 0 < v[b, i] + 0) { t = v[b, i]; v[b, i] = v[b, j]; v[b, j] = t }
				printf "%-22s %-8s best %6.2f MB/s   median %6.2f MB/s\n", b, label, v[b, n[b]], v[b, int((n[b] + 1) / 2)]
			}
		}' | sort
}

[ -f cmd/dixit/default.pgo ] && run pgo cmd/dixit/default.pgo
if [ "$plain" = 1 ] || [ ! -f cmd/dixit/default.pgo ]; then
	run no-pgo off
fi
