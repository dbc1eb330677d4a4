package library

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/trail"
)

// The quote trail (docs/trail.md). Every stored quote long enough for one
// points to its phrase: its normalised words, stored once however many
// articles carry them, with the MinHash band keys of internal/trail kept
// beside it. A new phrase looks up the phrases it shares a bucket with;
// those the decision finds the same are marked altered, and so is a phrase
// credited to two people: the list filter trail:altered reads the mark.

// Phrase is a stored phrase as the backends hand it over.
type Phrase struct {
	ID      int64
	Words   string // trail.Norm of its first quote
	Speaker string // the speaker first credited with it, canonical
	Altered int    // AlteredWords | AlteredSpeaker
}

// Marks of a phrase whose trail holds a change.
const (
	AlteredWords   = 1 // another phrase is the same quote with other words
	AlteredSpeaker = 2 // its words are credited to two people
)

// PhraseTx is what a backend's write transaction does for AssignPhrases.
type PhraseTx interface {
	// PhrasesByHash returns the stored phrases of these hashes.
	PhrasesByHash(ctx context.Context, hashes []int64) (map[int64]Phrase, error)
	// PhrasesByID returns the stored phrases of these ids.
	PhrasesByID(ctx context.Context, ids []int64) (map[int64]Phrase, error)
	// InsertPhrase stores a new phrase and its keys. A phrase another
	// writer stored meanwhile under the same hash is returned instead,
	// with created false.
	InsertPhrase(ctx context.Context, hash int64, words, speaker string, keys []int64) (id int64, created bool, err error)
	// BucketEntries returns the phrase of each of the first CandidateRows
	// entries of keys' buckets, but not id's: a phrase once per key it
	// holds.
	BucketEntries(ctx context.Context, keys []int64, not int64) ([]int64, error)
	MarkPhrase(ctx context.Context, id int64, altered int, speaker string) error
}

// PhraseQuote is a quote to give a phrase: its text and the speaker
// credited (canonical). Key, when not nil, is KeyQuote of the text,
// worked out before the single writer needs it.
type PhraseQuote struct {
	Text, Speaker string
	Key           *QuoteKey
}

// QuoteKey is what a quote's phrase is found by: its words, their hash and
// band keys; Words is nil for a quote too short for a trail.
type QuoteKey struct {
	Words []string
	Hash  int64
	Keys  []int64
}

// KeyQuote works out the key of a quote's text.
func KeyQuote(text string) *QuoteKey {
	w := trail.Words(text)
	if !trail.Indexable(w) {
		return &QuoteKey{}
	}
	return &QuoteKey{Words: w, Hash: trail.Hash(w), Keys: trail.Keys(w)}
}

func (q PhraseQuote) key() *QuoteKey {
	if q.Key != nil {
		return q.Key
	}
	return KeyQuote(q.Text)
}

// AssignPhrases returns the phrase of each quote, 0 for a quote too short
// for a trail, storing the new ones and marking their trails. c holds the
// phrases the transaction has read or written (nil: none yet): the
// articles of a batch carry the same wire quotes, and reading each phrase
// once per batch rather than once per article and per candidate was most
// of what trails added to an ingest.
func AssignPhrases(ctx context.Context, tx PhraseTx, c *PhraseCache, qs []PhraseQuote) ([]int64, error) {
	if c == nil {
		c = &PhraseCache{}
	}
	out := make([]int64, len(qs))
	keys := make([]*QuoteKey, len(qs))
	hashes := make([]int64, 0, len(qs))
	for i, q := range qs {
		if k := q.key(); k.Words != nil {
			keys[i] = k
			hashes = append(hashes, k.Hash)
		}
	}
	if len(hashes) == 0 {
		return out, nil
	}
	if err := c.loadHashes(ctx, tx, hashes); err != nil {
		return nil, err
	}
	for i, q := range qs {
		k := keys[i]
		if k == nil {
			continue
		}
		if p, ok := c.byHash(k.Hash); ok {
			out[i] = p.ID
			if err := markSpeaker(ctx, tx, c, p, q.Speaker); err != nil {
				return nil, err
			}
			continue
		}
		p, err := newPhrase(ctx, tx, c, k, q.Speaker)
		if err != nil {
			return nil, err
		}
		out[i] = p.ID
	}
	return out, nil
}

// AssignPhrase is AssignPhrases for one quote.
func AssignPhrase(ctx context.Context, tx PhraseTx, c *PhraseCache, quote, speaker string) (int64, error) {
	ids, err := AssignPhrases(ctx, tx, c, []PhraseQuote{{Text: quote, Speaker: speaker}})
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// newPhrase stores a phrase and marks it and the stored phrases it
// matches.
func newPhrase(ctx context.Context, tx PhraseTx, c *PhraseCache, k *QuoteKey, speaker string) (Phrase, error) {
	words, h, keys := k.Words, k.Hash, k.Keys
	joined := strings.Join(words, " ")
	id, created, err := tx.InsertPhrase(ctx, h, joined, speaker, keys)
	if err != nil {
		return Phrase{}, err
	}
	if !created {
		// Another writer's: its marks are its own to keep.
		ps, err := tx.PhrasesByHash(ctx, []int64{h})
		c.put(h, ps[h])
		return ps[h], err
	}
	p := Phrase{ID: id, Words: joined, Speaker: speaker}
	c.put(h, p)
	cands, err := candidates(ctx, tx, c, keys, id, MarkCandidates)
	if err != nil {
		return p, err
	}
	mine := 0
	m := trail.NewMatcher(words)
	for _, cand := range cands {
		if (mine != 0 && cand.Altered&AlteredWords != 0) || !m.Match(cand.Words) {
			continue
		}
		mine = AlteredWords
		if cand.Altered&AlteredWords == 0 {
			if err := markPhrase(ctx, tx, c, cand, cand.Altered|AlteredWords, cand.Speaker); err != nil {
				return p, err
			}
		}
	}
	if mine != 0 {
		p.Altered = mine
		return p, markPhrase(ctx, tx, c, p, mine, speaker)
	}
	return p, nil
}

// MarkCandidates is how many stored phrases a new one is compared with at
// ingest, read from the first CandidateRows entries of its buckets: the
// new phrase is marked altered when one of them is the same quote, and
// those that are marked too. Wire copy makes buckets of thousands of
// near-copies, which read whole and compared at every new phrase made
// ingest several times slower; the trail itself (TrailHits) reads every
// bucket whole.
const (
	MarkCandidates = 16
	CandidateRows  = 64
)

// markSpeaker marks p when speaker is another person than the one first
// credited with its words.
func markSpeaker(ctx context.Context, tx PhraseTx, c *PhraseCache, p Phrase, speaker string) error {
	switch {
	case speaker == "" || p.Altered&AlteredSpeaker != 0:
		return nil
	case p.Speaker == "":
		return markPhrase(ctx, tx, c, p, p.Altered, speaker)
	case !trail.SamePerson(p.Speaker, speaker):
		return markPhrase(ctx, tx, c, p, p.Altered|AlteredSpeaker, p.Speaker)
	}
	return nil
}

// markPhrase stores p's marks and first speaker, in the library and in c.
func markPhrase(ctx context.Context, tx PhraseTx, c *PhraseCache, p Phrase, altered int, speaker string) error {
	p.Altered, p.Speaker = altered, speaker
	c.update(p)
	return tx.MarkPhrase(ctx, p.ID, altered, speaker)
}

// TrailLimit is how many occurrences a trail lists by default, the
// earliest: a line of a wire story may be carried by thousands.
const TrailLimit = 200

// Trailer is a Store that keeps quote trails.
type Trailer interface {
	// TrailHits returns the stored quotes that are the same quote as
	// words (trail.Words of it), earliest first, at most limit of them,
	// and how many there are in all.
	TrailHits(ctx context.Context, words []string, limit int) ([]Quote, int, error)
}

// MatchingPhrases keeps the candidates that are the same quote as words,
// in their order. A line of wire copy has thousands of candidates, and
// comparing them was half of opening its trail: they are compared on
// every core, most of them rejected by trail.Matcher's bound.
func MatchingPhrases(words []string, cands []Phrase) []int64 {
	keep := make([]bool, len(cands))
	m := trail.NewMatcher(words)
	workers := 1
	if len(cands) >= parallelMatch {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(cands); i += workers {
				keep[i] = m.Match(cands[i].Words)
			}
		}()
	}
	wg.Wait()
	var out []int64
	for i, c := range cands {
		if keep[i] {
			out = append(out, c.ID)
		}
	}
	return out
}

// parallelMatch is how many candidates are worth more than one core.
const parallelMatch = 512

// QuoteRef names one quote of the library: its article and its place
// among the article's quotes, from 1 ("42:3"), as show lists them.
type QuoteRef struct {
	ArticleID int64
	N         int
}

func (r QuoteRef) String() string { return fmt.Sprintf("%d:%d", r.ArticleID, r.N) }

// ParseQuoteRef reads "42:3".
func ParseQuoteRef(s string) (QuoteRef, bool) {
	a, n, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok {
		return QuoteRef{}, false
	}
	id, err1 := strconv.ParseInt(a, 10, 64)
	k, err2 := strconv.Atoi(n)
	if err1 != nil || err2 != nil || id <= 0 || k <= 0 {
		return QuoteRef{}, false
	}
	return QuoteRef{id, k}, true
}

// Occurrence is one place a quote was carried, against the trail's
// earliest version.
type Occurrence struct {
	Quote
	// Ref names it ("42:3").
	Ref QuoteRef
	// Variant numbers the distinct wordings, 1 for the earliest's: exact
	// copies share one.
	Variant int
	Diff    trail.Diff
	// KindChanged: direct here and reported there, or the reverse.
	KindChanged bool
	// OtherSpeaker: credited to another person than the earliest version.
	OtherSpeaker bool
}

// Altered reports a change of words or of speaker from the earliest.
func (o Occurrence) Altered() bool {
	return o.OtherSpeaker || o.Diff.Change != trail.Copy
}

// Trail is a quote's trail, earliest first.
type Trail struct {
	Occurrences []Occurrence
	// Total counts every occurrence, Occurrences only the earliest
	// TrailLimit.
	Total    int
	Variants int
}

// FindTrail returns the trail of a quote of these words.
func FindTrail(ctx context.Context, s Store, quote string, limit int) (Trail, error) {
	t, ok := s.(Trailer)
	if !ok {
		return Trail{}, fmt.Errorf("this library keeps no quote trails")
	}
	words := trail.Words(quote)
	if !trail.Indexable(words) {
		return Trail{}, fmt.Errorf("a quote needs %d words or more for a trail", trail.MinWords)
	}
	if limit <= 0 {
		limit = TrailLimit
	}
	hits, total, err := t.TrailHits(ctx, words, limit)
	if err != nil {
		return Trail{}, err
	}
	return BuildTrail(hits, total), nil
}

// BuildTrail compares every occurrence (earliest first) with the first.
func BuildTrail(hits []Quote, total int) Trail {
	out := Trail{Total: total}
	variants := map[string]int{}
	diffs := map[string]trail.Diff{} // copies share their diff
	other := map[[2]string]bool{}    // and speakers their comparison
	for i, q := range hits {
		o := Occurrence{Quote: q, Ref: QuoteRef{q.ArticleID, q.Seq + 1}}
		norm := trail.Norm(q.Text)
		if variants[norm] == 0 {
			variants[norm] = len(variants) + 1
		}
		o.Variant = variants[norm]
		first := hits[0]
		d, ok := diffs[q.Text]
		if !ok {
			d = trail.Compute(first.Text, q.Text)
			diffs[q.Text] = d
		}
		o.Diff = d
		if i > 0 {
			o.KindChanged = (q.Kind == attrib.Direct) != (first.Kind == attrib.Direct)
			k := [2]string{q.Speaker, q.CreditedName()}
			o2, ok := other[k]
			if !ok {
				o2 = q.Speaker != "" && first.Speaker != "" && Key(q.Speaker) != Key(first.Speaker) &&
					!trail.SamePerson(q.Speaker, first.Speaker) && !trail.SamePerson(q.CreditedName(), first.CreditedName())
				other[k] = o2
			}
			o.OtherSpeaker = o2
		}
		out.Occurrences = append(out.Occurrences, o)
	}
	out.Variants = len(variants)
	return out
}

// CreditedName is the speaker as the quote's article names it.
func (q Quote) CreditedName() string {
	if q.Credited != "" {
		return q.Credited
	}
	return q.Speaker
}
