package ingest

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/dixit-news/dixit/internal/library"
)

// SampleReport says what Samples did to the bundled samples.
type SampleReport struct {
	Loaded  int // sample articles stored
	Removed int // sample articles removed
}

// Samples brings a library's bundled samples in line with what it
// remembers of them, when dixit opens it:
//
//   - an empty library that never had them receives them, once: emptied
//     later, it stays empty;
//   - refuse (the --no-samples flag) removes any and keeps them out for good;
//   - samples beside articles of the user's own (a library an older dixit
//     filled) are removed: fictional articles must not mix into research.
//
// A store that keeps no state (no library.SampleKeeper) gets the samples
// whenever it is empty, as before.
func Samples(ctx context.Context, store library.Store, fsys fs.FS, refuse bool) (SampleReport, error) {
	var rep SampleReport
	// One row answers whether it is empty, where counting a shared
	// library would read all of it.
	n, err := store.Count(ctx, library.Filter{Limit: 1})
	if err != nil {
		return rep, err
	}
	k, ok := store.(library.SampleKeeper)
	if !ok {
		if n == 0 && !refuse {
			rep.Loaded, err = loadSamples(ctx, store, fsys)
		}
		return rep, err
	}
	st, err := k.SampleState(ctx)
	if err != nil {
		return rep, err
	}
	switch {
	case refuse:
		if st != library.SamplesOff {
			rep.Removed, err = RemoveSamples(ctx, store)
		}
		return rep, err
	case n == 0 && st == library.SamplesNever:
		if rep.Loaded, err = loadSamples(ctx, store, fsys); err != nil {
			return rep, err
		}
		return rep, k.SetSampleState(ctx, library.SamplesLoaded)
	case n == 0 || st == library.SamplesOff:
		return rep, nil
	}
	ids, err := k.SampleIDs(ctx)
	if err != nil {
		return rep, err
	}
	// More articles than samples: some are the user's.
	if len(ids) > 0 {
		if mine, err := store.Count(ctx, library.Filter{Limit: len(ids) + 1}); err != nil || mine <= len(ids) {
			if err == nil && st == library.SamplesNever {
				// A library an older dixit filled with the samples alone.
				err = k.SetSampleState(ctx, library.SamplesLoaded)
			}
			return rep, err
		}
	}
	rep.Removed, err = RemoveSamples(ctx, store)
	return rep, err
}

func loadSamples(ctx context.Context, store library.Store, fsys fs.FS) (int, error) {
	sum, err := Bundled(ctx, store, fsys)
	if err != nil || len(sum.Failed) > 0 {
		return 0, fmt.Errorf("loading the bundled sample articles: %v %v", err, sum.Failed)
	}
	return sum.New + sum.Updated + sum.Unchanged, nil
}

// RemoveSamples removes every bundled sample article and marks the library
// so that they do not come back. It returns how many it removed.
func RemoveSamples(ctx context.Context, store library.Store) (int, error) {
	k, ok := store.(library.SampleKeeper)
	if !ok {
		return 0, nil
	}
	ids, err := k.SampleIDs(ctx)
	if err != nil {
		return 0, err
	}
	removed := 0
	for _, id := range ids {
		if err := store.Delete(ctx, id); err != nil {
			return removed, fmt.Errorf("removing the sample articles: %w", err)
		}
		removed++
	}
	return removed, k.SetSampleState(ctx, library.SamplesOff)
}
