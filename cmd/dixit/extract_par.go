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
	docs    []export.Doc
	encoded [][]byte // docs[i] as the output prints it, or nil (see encodeAhead)
	err     error
}

// encodeAhead is the most quotes a doc has whose output a worker encodes,
// so that encoding is on every core too: one goroutine writes in input
// order, and encoding every doc there was a serial tenth of an extract. A
// doc with more (an article of megabytes) is written quote by quote by
// that goroutine, never held whole.
const encodeAhead = 1000

// extractAll reads and extracts inputs on every core and hands each
// input's results to emit in input order, as soon as those before it are
// out: at most a few inputs per core wait in memory, never all results.
// A worker encodes each small doc with encode when it is not nil.
func extractAll(ctx context.Context, loader *article.Loader, inputs []string, opt attrib.Options,
	encode func(export.Doc) ([]byte, error), emit func(extracted) error) error {
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
				r := extractOne(ctx, loader, j.in, opt)
				if encode != nil && r.err == nil {
					r.encodeSmall(encode)
				}
				j.out <- r
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

// encodeSmall encodes the docs of ordinary articles (encodeAhead).
func (r *extracted) encodeSmall(encode func(export.Doc) ([]byte, error)) {
	r.encoded = make([][]byte, len(r.docs))
	for i, d := range r.docs {
		if len(d.Quotes) > encodeAhead {
			continue
		}
		if b, err := encode(d); err == nil {
			r.encoded[i] = b
		} // else the writer meets the error again, and reports it
	}
}
