// Package library is dixit's store of articles and what was extracted from
// them. The rest of dixit talks to it through the Store interface; only the
// backends (sqlite today) write SQL.
package library

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/text"
)

// Entry is one stored article with its extraction.
type Entry struct {
	Article article.Article
	Result  attrib.Result
	// Extractor is the attrib.Version that produced Result; reindex
	// re-extracts entries made by an older one.
	Extractor string
	Added     time.Time
	// Force rewrites the entry even when its text and extractor match
	// what is stored: a forced re-extraction.
	Force bool
}

// WithCleanNames returns e with every speaker's name and mention cleaned
// (text.Name): an invisible character in a name would store a look-alike
// speaker. Backends store this, never e itself; e is left as it is.
func (e *Entry) WithCleanNames() *Entry {
	c := *e
	c.Result.Quotes = append([]attrib.Quote(nil), e.Result.Quotes...)
	for i := range c.Result.Quotes {
		q := &c.Result.Quotes[i]
		q.Speaker, q.Mention = text.Name(q.Speaker), text.Name(q.Mention)
	}
	c.Result.Speakers = append([]attrib.Speaker(nil), e.Result.Speakers...)
	for i := range c.Result.Speakers {
		sp := &c.Result.Speakers[i]
		sp.Name = text.Name(sp.Name)
		sp.Mentions = append([]string(nil), sp.Mentions...)
		for j, m := range sp.Mentions {
			sp.Mentions[j] = text.Name(m)
		}
	}
	return &c
}

// Lang is the entry's language: as detected by extraction, else as the
// article declared it.
func (e *Entry) Lang() string {
	if e.Result.Lang != "" {
		return e.Result.Lang
	}
	return e.Article.Lang
}

// DirectQuotes counts the entry's direct quotations.
func (e *Entry) DirectQuotes() int {
	n := 0
	for _, q := range e.Result.Quotes {
		if q.Kind == attrib.Direct {
			n++
		}
	}
	return n
}

// ReportedQuotes counts the entry's reported speech: every quote that is
// not direct. The list shows both counts, as the side pane does (3+5).
func (e *Entry) ReportedQuotes() int { return len(e.Result.Quotes) - e.DirectQuotes() }

// QuoteCount is the article's quotations as the list and the side pane
// count them: direct, then "+" reported speech when there is any ("3+5").
func (s Summary) QuoteCount() string {
	if s.Reported == 0 {
		return strconv.Itoa(s.Quotes)
	}
	return strconv.Itoa(s.Quotes) + "+" + strconv.Itoa(s.Reported)
}

// PutStatus tells what Put did.
type PutStatus int

const (
	New       PutStatus = iota // a new article
	Unchanged                  // same content already stored: nothing written
	Updated                    // same article, new content or extractor
)

func (s PutStatus) String() string {
	return [...]string{"new", "unchanged", "updated"}[s]
}

// Summary is an article as lists show it.
type Summary struct {
	ID        int64     `json:"id"`
	Path      string    `json:"path"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	Lang      string    `json:"lang"`
	Published time.Time `json:"published,omitzero"`
	Added     time.Time `json:"added"`
	Quotes    int       `json:"quotes"`   // direct quotations
	Reported  int       `json:"reported"` // reported speech
	Speakers  []string  `json:"speakers"` // most quoted first
	Sources   []string  `json:"sources"`
}

// Quote is a stored quotation with the article it comes from.
type Quote struct {
	ArticleID int64     `json:"article_id"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Lang      string    `json:"lang"`
	Sources   []string  `json:"sources"` // what the article cites
	// Cited is the same sources with every citation of each, its words
	// and its kind ("credit", "cited", "speaks"): on whose word, checkable.
	Cited []attrib.Source `json:"cited"`
	// Seq is the quote's place among its article's quotes, from 0.
	Seq int `json:"-"`
	// Credited is the speaker as the article names it; Speaker is the
	// speaker it is listed under (the aliases file's canonical name, or
	// the first spelling stored of a name written several ways).
	Credited string `json:"-"`
	attrib.Quote
}

// SpeakerStat is a speaker across the library.
type SpeakerStat struct {
	Name        string `json:"name"`
	Key         string `json:"key"`
	Description string `json:"description,omitempty"`
	Quotes      int    `json:"quotes"`
	Articles    int    `json:"articles"`
}

// SourceStat is a cited source across the library.
type SourceStat struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
}

// Filter narrows every listing. Zero fields do not filter.
type Filter struct {
	Speaker   string    // fuzzy: case, accents and partial names ignored
	Source    string    // fuzzy, like Speaker; also matches aliases ("wsj")
	Lang      string    // exact: "fr", "en"
	Outlet    string    // fuzzy
	Since     time.Time // published on or after; an undated article does not match
	Until     time.Time // published before; an undated article does not match
	Text      string    // full-text search over titles, bodies and quotes
	ArticleID int64
	Kind      attrib.Kind // quotes only: direct or indirect
	// Altered keeps the articles carrying a quote whose trail holds a
	// change of words or of speaker (trail:altered), and in Quotes those
	// quotes alone.
	Altered bool
	Order   Order // List only: how articles are sorted (newest first by default)
	Limit   int
	Offset  int
}

// Store is what dixit needs from a library backend.
type Store interface {
	// Put stores an entry, replacing the article stored under the same
	// path. An identical article (same content hash and extractor) is left
	// as it is.
	Put(ctx context.Context, e *Entry) (int64, PutStatus, error)
	Get(ctx context.Context, id int64) (*Entry, error)
	// Find returns the id of the article stored under path (a file path,
	// URL or feed entry).
	Find(ctx context.Context, path string) (int64, error)
	List(ctx context.Context, f Filter) ([]Summary, error)
	Count(ctx context.Context, f Filter) (int, error)
	Quotes(ctx context.Context, f Filter) ([]Quote, error)
	Speakers(ctx context.Context, f Filter) ([]SpeakerStat, error)
	Sources(ctx context.Context, f Filter) ([]SourceStat, error)
	// Tallies counts the quotations of the articles f matches by outlet
	// and by month, from indexes: the stats view opens on a large library.
	Tallies(ctx context.Context, f Filter) (Tallies, error)
	Delete(ctx context.Context, id int64) error
	// Stale lists the articles extracted by another extractor version.
	Stale(ctx context.Context, version string) ([]int64, error)
	Close() error
}

// Batcher is a Store that stores several entries in one transaction, all
// of them or none: the bundled samples arrive whole or not at all.
type Batcher interface {
	PutAll(ctx context.Context, es []*Entry) ([]PutStatus, error)
}

// Preparer is a Batcher whose writes can be worked out ahead, on any core:
// ingest prepares each entry where it extracts it, and the single writer
// only writes. PutPrepared(Prepare of each entry) stores what PutAll of the
// entries stores.
type Preparer interface {
	Batcher
	// Prepare works out how e will be written; e is not to change after.
	Prepare(e *Entry) Prepared
	PutPrepared(ctx context.Context, ps []Prepared) ([]PutStatus, error)
}

// Prepared is an entry as a Preparer will write it.
type Prepared interface{ Entry() *Entry }

// ErrNotFound reports an id or path the library does not hold.
var ErrNotFound = errors.New("not in the library")

// Key is how names are compared across the library: folded case and
// accents, punctuation as spaces, invisible characters and honorifics
// dropped. "M. Poutine" and "poutine" do not meet, but "Élysée" and "Elysee"
// do.
func Key(name string) string {
	f := strings.FieldsFunc(text.Fold(text.Name(name)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f)
	})
	for len(f) > 1 && honorifics[f[0]] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

var honorifics = map[string]bool{
	"m": true, "mme": true, "mlle": true, "me": true, "dr": true, "pr": true, "mr": true, "mrs": true,
	"ms": true, "the": true, "le": true, "la": true, "l": true, "les": true,
}
