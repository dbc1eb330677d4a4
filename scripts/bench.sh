#!/bin/sh
# Benchmark the attribution engine on the generated French and English
# corpora (5+ MB each) and print the throughput in MB/s.
set -eu
cd "$(dirname "$0")/.."
out=$(go test ./internal/attrib -run '^$' -bench Extract -benchtime 3x -cpu 1 "$@")
printf '%s\n' "$out"
echo
printf '%s\n' "$out" | awk '/^Benchmark/ { for (i = 1; i <= NF; i++) if ($i == "MB/s") printf "%-22s %s MB/s\n", $1, $(i-1) }'
