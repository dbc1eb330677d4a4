package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dixit-news/dixit/internal/library"
)

// phrasePlan gives the quotes of a batch their phrases on a goroutine of
// its own, ahead of the single writer: looking them up and deciding their
// trails' marks was a third of what trails cost the writer, while the
// other core was not kept busy by extraction.
//
// The plan works through the batch's articles in order, as the writer
// does. An article that is certainly written (batch.surelyNew: no stored
// article has its path or its text, and no earlier article of the batch
// has either) is planned as soon as the plan reaches it; any other waits for
// the writer's word: the writer asks for the phrases of each article it
// writes (answer) and says which it leaves as they are (skip). A skip of an
// article planned as written fails the batch, which ingest then stores
// article by article: the plan is never trusted where it guessed wrong.
//
// It reads on a connection of its own, which sees the library as the
// batch's transaction found it: that transaction holds the library's
// write lock from its first statement (BEGIN IMMEDIATE), so nothing is
// committed until it is, and what it writes itself is not seen there.
// That is the state a library.PhraseBatch expects of its store; what the
// batch adds, it holds. Its writes go through the transaction: when it
// ends, or at the writer's request before quotes are deleted, the writer
// waiting meanwhile.
type phrasePlan struct {
	ctx       context.Context
	batch     *library.PhraseBatch
	cache     library.PhraseCache
	quotes    [][]library.PhraseQuote // each article's
	certain   []bool
	results   []planned
	ready     []chan struct{} // closed when results[i] is set
	next      int             // the next article to plan
	early     int             // articles planned before the writer's word
	preloaded int             // articles whose quotes Preload has read for
	err       error           // answered to every article after it

	said   chan verdict // the writer's word on each article, in order
	flushc chan chan error
	exited chan struct{}
	// The writer's own: the article it writes, and whether it has said
	// its last.
	writing int
	closed  bool
}

type planned struct {
	ids []int64
	err error
}

// verdict is the writer's word on article i of the batch.
type verdict struct {
	i     int
	write bool
}

// planChunk is how many articles' quotes one preload reads ahead.
const planChunk = 100

// planPhrases starts the plan of the batch ps, whose transaction is tx,
// once tx.batch holds its look-ahead.
func (s *Store) planPhrases(ctx context.Context, tx *txc, ps []*prepared) (*phrasePlan, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	n := len(ps)
	p := &phrasePlan{ctx: ctx, quotes: make([][]library.PhraseQuote, n), certain: tx.batch.surelyNew(ps),
		results: make([]planned, n), ready: make([]chan struct{}, n),
		said: make(chan verdict, n), flushc: make(chan chan error), exited: make(chan struct{})}
	p.batch = library.NewPhraseBatch(planStore{phraseReads{conn}, txPhrases(tx)})
	for i := range ps {
		p.ready[i] = make(chan struct{})
	}
	if planHook != nil {
		planHook(p)
	}
	go p.run(conn, ps, s.canonical)
	return p, nil
}

// planHook, when set (by tests), sees each plan before it starts.
var planHook func(*phrasePlan)

// planStore reads from the plan's connection and writes through the
// batch's transaction.
type planStore struct {
	phraseReads
	tx phraseTx
}

func (s planStore) WritePhrases(ctx context.Context, added []library.NewPhrase, marked []library.Phrase) error {
	return s.tx.WritePhrases(ctx, added, marked)
}

// run plans the batch ps; speaker gives a quote's canonical speaker.
func (p *phrasePlan) run(conn *sql.Conn, ps []*prepared, speaker func(string) string) {
	defer close(p.exited)
	defer conn.Close()
	for i, e := range ps { // here, not on the writer's time
		p.quotes[i] = phraseQuotes(e, speaker)
	}
	for {
		// The writer's requests, or the next article when the plan is
		// certain of it (ready is then a closed channel).
		var ready <-chan struct{}
		if p.next < len(p.quotes) && p.certain[p.next] {
			ready = closed
		}
		select {
		case reply := <-p.flushc:
			reply <- p.batch.Flush(p.ctx)
		case v, ok := <-p.said:
			if !ok {
				return
			}
			p.hear(v)
		case <-ready:
			p.plan()
			p.early++
		}
	}
}

// closed is always ready to receive from.
var closed = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// hear takes the writer's word on an article: on one planned already, a
// check; on the next, what to do with it. The writer speaks of the
// articles in order, and waits for the answer on each it writes, so it is
// never past the next.
func (p *phrasePlan) hear(v verdict) {
	switch {
	case v.i < p.next:
		if !v.write && p.err == nil {
			p.err = fmt.Errorf("the batch's article %d, planned as written, is not", v.i+1)
		}
	case v.i > p.next:
		if p.err == nil {
			p.err = fmt.Errorf("the writer is at the batch's article %d, its phrase plan at %d", v.i+1, p.next+1)
		}
		p.settle(v.i)
	case v.write:
		p.plan()
	default:
		p.next++
	}
}

// plan works out the phrases of the next article, reading its chunk ahead
// first.
func (p *phrasePlan) plan() {
	i := p.next
	if p.err == nil && i >= p.preloaded {
		end := min(i+planChunk, len(p.quotes))
		var qs []library.PhraseQuote
		for _, q := range p.quotes[i:end] {
			qs = append(qs, q...)
		}
		p.err = p.batch.Preload(p.ctx, qs)
		p.preloaded = end
	}
	r := planned{err: p.err}
	if r.err == nil {
		r.ids, r.err = library.AssignPhrases(p.ctx, p.batch, &p.cache, p.quotes[i])
	}
	p.results[i] = r
	close(p.ready[i])
	p.next++
}

// settle answers every article up to i with the plan's error.
func (p *phrasePlan) settle(i int) {
	for ; p.next <= i; p.next++ {
		p.results[p.next] = planned{err: p.err}
		close(p.ready[p.next])
	}
}

// answer returns the phrases of the article the writer writes; skip says
// it leaves article i as it is.
func (p *phrasePlan) answer() ([]int64, error) {
	i := p.writing
	p.said <- verdict{i, true}
	select {
	case <-p.ready[i]:
		return p.results[i].ids, p.results[i].err
	case <-p.exited:
		return nil, fmt.Errorf("the batch's phrase plan has ended")
	}
}

func (p *phrasePlan) skip(i int) { p.said <- verdict{i, false} }

// flush writes what the batch holds: through the plan while it runs.
func (p *phrasePlan) flush(ctx context.Context) error {
	if p.closed {
		return p.batch.Flush(ctx)
	}
	reply := make(chan error)
	select {
	case p.flushc <- reply:
		return <-reply
	case <-p.exited:
		return fmt.Errorf("the batch's phrase plan has ended")
	}
}

// stop ends the plan once the writer has said its last, and waits for it:
// after it, the batch is the writer's alone. Its error fails the batch:
// the writer may have been answered for articles planned after the plan
// went wrong.
func (p *phrasePlan) stop() error {
	if !p.closed {
		close(p.said)
		p.closed = true
	}
	<-p.exited
	return p.err
}
