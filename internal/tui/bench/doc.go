// Package bench measures the reader (internal/tui) on a generated library
// of 100,000 fictional articles: time to the first frame, keystroke to
// frame in the filtered list, opening an article with and without the
// render cache, and peak memory. Everything is in its tests:
//
//	go test ./internal/tui/bench -run '^$' -bench . -benchtime 20x
//	DIXIT_BENCH=1 go test ./internal/tui/bench -run TestPeakMemory -v
//	internal/tui/bench/bench-tui.sh      # all of it, with a summary
//
// The library is generated once into os.TempDir() under a name that carries
// the generator's version and size, and reused by later runs.
package bench
