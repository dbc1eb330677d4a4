package main

import (
	"context"
	"errors"
	"runtime"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/export"
)

// extracted is one input's results, or why it has none.
type extracted struct {
	docs []export.Doc
	err  error
}

// extractAll reads and extracts inputs on every core and hands each
// input's results to emit in input order, as soon as those before it are
// out: at most a few inputs per core wait in memory, never all results.
func extractAll(ctx context.Context, loader *article.Loader, inputs []string, opt attrib.Options, emit func(extracted) error) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	// One slot per input in flight, filled by a worker and read in order.
	slots := make(chan chan extracted, 2*workers)
	jobs := make(chan struct {
		in  string
		out chan extracted
	})
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(slots)
		defer close(jobs)
		for _, in := range inputs {
			out := make(chan extracted, 1)
			select {
			case slots <- out:
			case <-stop:
				return
			}
			select {
			case jobs <- struct {
				in  string
				out chan extracted
			}{in, out}:
			case <-stop:
				return
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- extractOne(ctx, loader, j.in, opt)
			}
		}()
	}
	for out := range slots {
		if err := emit(<-out); err != nil {
			return err
		}
	}
	return nil
}

// extractOne loads one input (a feed gives several articles) and extracts
// each article.
func extractOne(ctx context.Context, loader *article.Loader, path string, opt attrib.Options) extracted {
	arts, err := loader.Load(ctx, path)
	if errors.Is(err, article.ErrEmpty) {
		// An empty article has nothing to extract: an empty result.
		arts, err = []*article.Article{{Path: path}}, nil
	}
	if err != nil {
		return extracted{err: err}
	}
	docs := make([]export.Doc, 0, len(arts))
	for _, a := range arts {
		o := opt
		if o.Lang == "auto" && a.Lang != "" {
			o.Lang = a.Lang
		}
		res := attrib.Extract(a.Body, o)
		p := path
		if len(arts) > 1 {
			p = a.Path // one feed, many entries
		}
		docs = append(docs, export.Doc{Path: p, Title: a.Title, Lang: res.Lang, Outlet: a.Outlet, URL: a.URL, Result: res})
	}
	return extracted{docs: docs}
}
