package attrib

import (
	"slices"
	"sync"

	"github.com/dixit-news/dixit/internal/text"
)

// scratch is the per-article working memory (tokens and the indexes over
// them), reused across extractions: it is large (dozens of bytes a token)
// and nothing in a Result points into it. It is not cleared on release:
// what it still points to is one article at most, and the pool lets go of
// it within two collections.
type scratch struct {
	toks    []token
	fold    []byte
	pending []lowRef
	vcache  []verbHit
	i32     [4][]int32 // inq, names, sentStart, sentEnd
	ofirst  []uint8
	quotes  []qspan
	names   []nameSeq
	items   []dq
	occIdx  []int32
	// cands and candSlots are markLowerSeen's working space.
	cands     []int32
	candSlots []int32
	candRep   []int32
	candSeen  []bool
	lower     []lowerWord
	events    [5][]event // events, speakers, unnamed, roleSpoke, said
	paras     []text.Span
	ents      entities
	// entities are handed out from fixed blocks, reused by the next
	// article: a block never moves, so pointers to its entities hold.
	entBlocks [][]entity
	entNext   int      // entities handed out so far
	direct    []Quote  // the direct quotes and the reported speech, before
	reports   []Quote  // they are merged into the Result
	found     []report // the reported speech being found (indirectQuotes)
	stack     []openMark
	choice    []candidate // the speaker choice's (choice.go)
	role      []string    // addRole's words before they are kept
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// entities returns the entity index of a new article, its map and lists
// emptied but keeping their room.
func (sc *scratch) entities() *entities {
	es := &sc.ents
	es.keys.reset()
	es.firsts.reset()
	es.all, es.lists, es.occ, es.firstOf = es.all[:0], es.lists[:0], es.occ[:0], es.firstOf[:0]
	return es
}

const entBlock = 64

// newEntity returns an entity from the blocks, holding what the previous
// article left there: the caller sets all of it.
func (sc *scratch) newEntity() *entity {
	b, k := sc.entNext/entBlock, sc.entNext%entBlock
	if b == len(sc.entBlocks) {
		sc.entBlocks = append(sc.entBlocks, make([]entity, entBlock))
	}
	sc.entNext++
	return &sc.entBlocks[b][k]
}

// push appends v to s, doubling its room when it is full. append grows a
// long list by a quarter at a time, so one that ends up a million entries
// long (a 10 MB article's words, names or reported speech) is copied a
// dozen times, and the copies are garbage the collector must catch up with;
// doubling copies it about once.
func push[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		s = slices.Grow(s, max(len(s), 8))
	}
	return append(s, v)
}

// int32s returns a zeroed slice of n from buf, growing it when needed.
func int32s(buf *[]int32, n int) []int32 {
	if cap(*buf) < n {
		*buf = make([]int32, n)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

// release hands d's working memory back to the pool.
func (d *doc) release() {
	if sc := d.scr; d.keep() {
		scratchPool.Put(sc)
	}
}

// keep hands d's working memory back to its scratch, and reports whether
// that is worth keeping for the next article.
func (d *doc) keep() bool {
	if d.scr == nil {
		return false
	}
	sc := d.scr
	d.scr = nil
	if cap(d.toks) > maxPooledTokens {
		// A huge article's scratch memory (hundreds of MB for 10 MB of
		// text) is let go at once rather than kept for the next
		// article, while the caller goes on to write the result.
		return false
	}
	sc.toks = d.toks[:0]
	sc.names = d.namePool[:0]
	sc.quotes = d.quotes[:0]
	sc.events = [5][]event{d.events[:0], d.speakers[:0], d.unnamed[:0], d.roleSpoke[:0], d.said[:0]}
	sc.entNext = 0
	return true
}

// maxPooledTokens is the largest scratch memory kept for reuse, in tokens:
// about 16 MB, an article of a megabyte.
const maxPooledTokens = 1 << 18
