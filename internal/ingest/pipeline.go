package ingest

import (
	"context"
	"runtime"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library"
)

// BatchSize is how many articles one transaction stores: one commit (one
// fsync) per article was most of an ingest's time. A commit also writes
// every index page its articles touched, and some indexes take each
// article all over (the trail's band keys, hashes, URLs): at 100,000
// generated articles, batches of 2,000 ingested in 240 s where batches of
// 500 took 285-293 s (1,000: 255 s), for a peak of 295 MB where it was
// 216 MB. A run killed halfway loses at most the batch being written,
// which the next run stores.
const BatchSize = 2000

// flushAfter bounds how long an article waits for its batch to fill: a
// slow feed's entries are stored (and reported) as they come.
const flushAfter = time.Second

// loaded is one input read and extracted.
type loaded struct {
	seq      int
	in       string
	entries  []*library.Entry
	prepared []library.Prepared // the entries', where the store is a library.Preparer
	notes    []error            // what of the entries was left out (MaxQuotes)
	err      error
}

// Run ingests inputs into store: inputs are read and extracted on every
// core, and stored in input order, BatchSize articles to a transaction
// where the store can (library.Batcher). Progress hears of each input once
// it is stored, in input order.
func Run(ctx context.Context, store library.Store, loader *article.Loader, inputs []string, opt Options) Summary {
	var sum Summary
	files, errs := article.Expand(inputs)
	for _, err := range errs {
		sum.Failed = append(sum.Failed, err)
		if opt.Progress != nil {
			opt.Progress(Event{Err: err, Total: len(files)})
		}
	}
	if len(files) == 0 {
		return sum
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	// At most this many inputs are between reading and storing, besides
	// the batch being written: memory stays bounded however many inputs
	// there are, and however slow one is. Extracting is several times
	// faster than writing: a batch ahead keeps the writer busy.
	window := make(chan struct{}, BatchSize+4*workers)
	jobs := make(chan loaded)
	results := make(chan loaded, 2*workers)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(jobs)
		for i, in := range files {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			if ctx.Err() != nil {
				return
			}
			select {
			case jobs <- loaded{seq: i, in: in}:
			case <-stop:
				return
			}
		}
	}()
	done := make(chan struct{})
	for range workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for j := range jobs {
				arts, err := loader.Load(ctx, j.in)
				if err == nil {
					rekey(j.in, arts, opt)
					for _, a := range arts {
						e, note := entry(a, opt.Lang)
						j.entries = append(j.entries, e)
						if pr, ok := store.(library.Preparer); ok {
							j.prepared = append(j.prepared, pr.Prepare(e))
						}
						if note != nil {
							j.notes = append(j.notes, note)
						}
					}
				}
				j.err = err
				select {
				case results <- j:
				case <-stop:
					return
				}
			}
		}()
	}
	go func() {
		for range workers {
			<-done
		}
		close(results)
	}()

	w := writer{ctx: ctx, store: store, opt: opt, sum: &sum, total: len(files)}
	pending := map[int]loaded{} // arrived ahead of their turn
	next := 0
	timer := time.NewTimer(flushAfter)
	defer timer.Stop()
	for results != nil {
		select {
		case r, ok := <-results:
			if !ok {
				results = nil
				break
			}
			pending[r.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if w.add(r) >= BatchSize {
					w.flush()
				}
				<-window
			}
		case <-timer.C:
			w.flush()
			timer.Reset(flushAfter)
		}
		if ctx.Err() != nil {
			break
		}
	}
	w.flush()
	if sum.New > 0 {
		// The user's own articles are here: the samples make way for
		// them, in listings and exports alike.
		n, err := RemoveSamples(ctx, store)
		sum.SamplesRemoved = n
		if err != nil {
			sum.Failed = append(sum.Failed, err)
		}
	}
	return sum
}

// writer stores loaded inputs in batches and reports them.
type writer struct {
	ctx   context.Context
	store library.Store
	opt   Options
	sum   *Summary
	total int
	done  int
	batch []loaded
	n     int // entries in batch
}

func (w *writer) add(r loaded) int {
	w.batch = append(w.batch, r)
	w.n += len(r.entries)
	return w.n
}

// flush stores the batch in one transaction; when that fails, input by
// input as before batching, so that one bad input fails alone.
func (w *writer) flush() {
	if len(w.batch) == 0 {
		return
	}
	var all []*library.Entry
	var prepared []library.Prepared
	for _, r := range w.batch {
		all = append(all, r.entries...)
		prepared = append(prepared, r.prepared...)
	}
	var sts []library.PutStatus
	if b, ok := w.store.(library.Batcher); ok && len(all) > 1 && w.ctx.Err() == nil {
		var err error
		if pr, ok := b.(library.Preparer); ok && len(prepared) == len(all) {
			sts, err = pr.PutPrepared(w.ctx, prepared)
		} else {
			sts, err = b.PutAll(w.ctx, all)
		}
		if err != nil {
			sts = nil
		}
	}
	k := 0
	for _, r := range w.batch {
		w.done++
		ev := Event{Input: r.in, Done: w.done, Total: w.total, Notes: r.notes}
		err := r.err
		if err == nil && sts != nil {
			for range r.entries {
				ev.Status = sts[k]
				w.sum.Add(sts[k])
				k++
			}
		} else if err == nil {
			ev.Status, err = put(w.ctx, w.store, r.entries, w.sum)
		}
		if err != nil {
			w.sum.Failed = append(w.sum.Failed, err)
			ev.Err = err
		}
		if w.opt.Progress != nil {
			w.opt.Progress(ev)
		}
	}
	w.batch, w.n = w.batch[:0], 0
}

// put stores entries one transaction each.
func put(ctx context.Context, store library.Store, es []*library.Entry, sum *Summary) (library.PutStatus, error) {
	var last library.PutStatus
	for _, e := range es {
		_, st, err := store.Put(ctx, e)
		if err != nil {
			return last, err
		}
		sum.Add(st)
		last = st
	}
	return last, nil
}
