#!/bin/sh
# Regenerate cmd/dixit/default.pgo, the CPU profile Go uses to optimise the
# dixit binary (profile-guided optimisation, applied by "go build" and
# "go run" automatically). It profiles the extraction benchmarks on the
# generated corpora; rerun it after large changes to internal/attrib.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test ./internal/attrib -pgo=off -run '^$' -bench 'Extract(FR|EN)$' -benchtime 30x -cpu 1 \
	-cpuprofile "$tmp/cpu.prof" -o "$tmp/attrib.test" >/dev/null
go tool pprof -proto "$tmp/cpu.prof" > cmd/dixit/default.pgo
echo "cmd/dixit/default.pgo: $(wc -c < cmd/dixit/default.pgo) bytes"
