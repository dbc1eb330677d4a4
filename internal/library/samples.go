package library

import (
	"context"
	"strings"
)

// SamplePrefix is the path the bundled sample articles are stored under
// ("bundled/001_valbois-piscine.txt"). Nothing the user ingests has it: files
// are stored by absolute path, URLs by URL, standard input as "stdin:…" or
// under a --name that may not start with it.
const SamplePrefix = "bundled/"

// IsSample reports an article path of the bundled samples: fictional
// articles, to be told apart from the user's own wherever they show.
func IsSample(path string) bool { return strings.HasPrefix(path, SamplePrefix) }

// IsSample reports a sample article.
func (s Summary) IsSample() bool { return IsSample(s.Path) }

// SampleState is what became of a library's bundled samples. It is kept in
// the library, so that a library emptied later is not filled again.
type SampleState string

const (
	SamplesNever  SampleState = ""       // never loaded: an empty library receives them
	SamplesLoaded SampleState = "loaded" // loaded once
	SamplesOff    SampleState = "off"    // removed, or refused at first use: never again
)

// SampleKeeper is a Store that keeps its samples' state and finds them.
type SampleKeeper interface {
	SampleState(ctx context.Context) (SampleState, error)
	SetSampleState(ctx context.Context, st SampleState) error
	// SampleIDs lists the sample articles, by id.
	SampleIDs(ctx context.Context) ([]int64, error)
}

// SampleIDs lists the sample articles of s; a store that cannot tell has
// none.
func SampleIDs(ctx context.Context, s Store) ([]int64, error) {
	if k, ok := s.(SampleKeeper); ok {
		return k.SampleIDs(ctx)
	}
	return nil, nil
}
