// Package ingest runs the pipeline from inputs to the library: load each
// input (files, directories, feeds, URLs, stdin), extract quotes, speakers
// and sources, and store the result. One bad input never stops the others.
package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// Event reports one input done (or failed), for progress displays.
type Event struct {
	Input  string
	Done   int // inputs finished so far, this one included
	Total  int
	Status library.PutStatus // for each article of the input, the last one
	Err    error
	// Notes say what of a stored input was left out (see MaxQuotes),
	// each naming the article.
	Notes []error
}

// MaxQuotes and MaxMentions bound what the library keeps of one article:
// the first quotes and source mentions in text order. A news article has
// a few dozen; a body of 10 MB made of quotations has hundreds of
// thousands, which would take minutes to store and to show.
const (
	MaxQuotes   = 10_000
	MaxMentions = 10_000
)

// Summary counts what a run did.
type Summary struct {
	New, Unchanged, Updated int
	Failed                  []error // one per failed input, each naming it
	// SamplesRemoved counts the bundled samples removed because the
	// user's own articles arrived (RemoveSamples).
	SamplesRemoved int
}

// Add counts one stored article.
func (s *Summary) Add(st library.PutStatus) {
	switch st {
	case library.New:
		s.New++
	case library.Unchanged:
		s.Unchanged++
	case library.Updated:
		s.Updated++
	}
}

func (s Summary) String() string {
	return fmt.Sprintf("%d new, %d unchanged, %d updated, %d failed", s.New, s.Unchanged, s.Updated, len(s.Failed))
}

// Options tune a run.
type Options struct {
	Lang     string // "", "auto", "fr" or "en": passed to the engine
	Progress func(Event)
	// StdinName is the path standard input's article is stored under; ""
	// keys it by its content (StdinKey).
	StdinName string
}

// StdinKey is the path an article read from standard input is stored
// under when no name is given: one text, one article, however often it is
// piped in, and another text another article. Schema migrations rename
// the articles older versions stored under "-" the same way.
func StdinKey(a *article.Article) string { return "stdin:" + a.Hash[:16] }

// rekey gives the articles of one input the paths they are stored under:
// standard input's by name or content, never "-", which every piped
// article would share; a file's by its cleaned absolute path, so that
// "./x.txt" and "x.txt" are one article.
func rekey(in string, arts []*article.Article, opt Options) {
	if in != "-" {
		if article.IsURL(in) {
			return
		}
		abs, err := filepath.Abs(in)
		if err != nil {
			return // no working directory: the path as given
		}
		for _, a := range arts {
			if entry, ok := strings.CutPrefix(a.Path, in); ok {
				a.Path = abs + entry // a feed's entries keep their "#id"
			}
		}
		return
	}
	for _, a := range arts {
		if opt.StdinName != "" {
			a.Path = opt.StdinName + strings.TrimPrefix(a.Path, "-") // a feed's entries keep their "#id"
		} else {
			a.Path = StdinKey(a)
		}
	}
}

// entry extracts a's quotes, speakers and sources in the language given
// ("" or "auto": the article's own, else detected), and says what of them
// it left out (MaxQuotes).
func entry(a *article.Article, lang string) (*library.Entry, error) {
	opt := attrib.Options{Lang: lang}
	if opt.Lang == "" || opt.Lang == "auto" {
		opt.Lang = a.Lang
	}
	res := attrib.Extract(a.Body, bounded(opt))
	if a.Lang == "" {
		a.Lang = res.Lang
	}
	return &library.Entry{Article: *a, Result: res, Extractor: attrib.Version}, dropped(a.Path, res)
}

// bounded is opt with the library's bounds on one article.
func bounded(opt attrib.Options) attrib.Options {
	opt.MaxQuotes, opt.MaxMentions = MaxQuotes, MaxMentions
	return opt
}

// dropped says what of res the bounds left out, naming the article at
// path, or nil.
func dropped(path string, res attrib.Result) error {
	d := res.Dropped
	if d.Quotes == 0 && d.Mentions == 0 {
		return nil
	}
	var what []string
	if d.Quotes > 0 {
		what = append(what, fmt.Sprintf("the first %d of %d quotes", len(res.Quotes), len(res.Quotes)+d.Quotes))
	}
	if d.Mentions > 0 {
		what = append(what, fmt.Sprintf("the first %d of %d source mentions", MaxMentions, MaxMentions+d.Mentions))
	}
	return fmt.Errorf("%s: kept %s, the most the library keeps for one article", text.Line(path), strings.Join(what, " and "))
}

// Bundled ingests the corpus in fsys (the files at its root) under the path
// prefix "bundled/". It is how an empty library gets its sample articles:
// all extracted first, then stored in one transaction when the store can
// (library.Batcher), so that a run killed halfway leaves none of them and
// the next start loads them all.
func Bundled(ctx context.Context, store library.Store, fsys fs.FS) (Summary, error) {
	var sum Summary
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return sum, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	var batch []*library.Entry
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) == ".go" {
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return sum, err
		}
		arts, err := article.FromBytes("bundled/"+e.Name(), data)
		if err != nil {
			sum.Failed = append(sum.Failed, err)
			continue
		}
		for _, a := range arts {
			e, _ := entry(a, "") // the samples are a few dozen quotes each
			batch = append(batch, e)
		}
	}
	b, ok := store.(library.Batcher)
	if !ok {
		for _, e := range batch {
			_, st, err := store.Put(ctx, e)
			if err != nil {
				sum.Failed = append(sum.Failed, err)
				continue
			}
			sum.Add(st)
		}
		return sum, nil
	}
	sts, err := b.PutAll(ctx, batch)
	if err != nil {
		sum.Failed = append(sum.Failed, err)
		return sum, nil
	}
	for _, st := range sts {
		sum.Add(st)
	}
	return sum, nil
}

// Reindex re-extracts the given articles with the current engine.
func Reindex(ctx context.Context, store library.Store, ids []int64, progress func(Event)) Summary {
	var sum Summary
	for i, id := range ids {
		ev := Event{Input: fmt.Sprint(id), Done: i + 1, Total: len(ids)}
		e, err := store.Get(ctx, id)
		if err == nil {
			a := e.Article
			res := attrib.Extract(a.Body, bounded(attrib.Options{Lang: a.Lang}))
			if note := dropped(a.Path, res); note != nil {
				ev.Notes = append(ev.Notes, note)
			}
			_, ev.Status, err = store.Put(ctx, &library.Entry{Article: a, Result: res, Extractor: attrib.Version, Added: e.Added, Force: true})
			sum.Add(ev.Status)
		}
		if err != nil {
			sum.Failed = append(sum.Failed, err)
			ev.Err = err
		}
		if progress != nil {
			progress(ev)
		}
	}
	return sum
}
