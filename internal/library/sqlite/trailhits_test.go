package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/trail"
)

// TestTrailHitsOneStatementIsPhraseByPhrase is the plain twin of the read
// of a trail with many wordings in one statement: it finds the quotes,
// in the order, that reading phrase by phrase finds.
func TestTrailHitsOneStatementIsPhraseByPhrase(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	es := librarytest.TrailCorpus()
	// Eighty more outlets carry the quote, each with one word its own,
	// some at the same minute as another.
	words := strings.Fields(librarytest.TrailQuote)
	for i := range 80 {
		w := append([]string(nil), words...)
		w[3+i%9] = fmt.Sprintf("word%d", i)
		q := strings.Join(w, " ")
		body := "Ferry\n\n“" + q + ",” said Imogen Farrowby.\n"
		start := strings.Index(body, q)
		a := article.Article{Path: fmt.Sprintf("trail/copy%02d.md", i), Title: "Ferry", Outlet: fmt.Sprintf("Copy Desk %d", i), Lang: "en",
			Published: time.Date(2026, 4, 1, 9, 30-i%7, 0, 0, time.UTC), Body: body, Hash: article.Hash(body)}
		es = append(es, &library.Entry{Article: a, Extractor: attrib.Version, Result: attrib.Result{Lang: "en",
			Quotes:   []attrib.Quote{{Text: q, Start: start, End: start + len(q), Speaker: "Imogen Farrowby", Kind: attrib.Direct, Cue: "said"}},
			Speakers: []attrib.Speaker{{Name: "Imogen Farrowby", Mentions: []string{"Imogen Farrowby"}, Quotes: 1}}}})
	}
	for _, e := range es {
		if _, _, err := s.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	defer func(v int) { manyPhrases = v }(manyPhrases)
	for _, limit := range []int{5, 40, 200} {
		manyPhrases = 1 << 30
		byPhrase, n1, err := s.TrailHits(ctx, trail.Words(librarytest.TrailQuote), limit)
		if err != nil {
			t.Fatal(err)
		}
		manyPhrases = 0
		one, n2, err := s.TrailHits(ctx, trail.Words(librarytest.TrailQuote), limit)
		if err != nil {
			t.Fatal(err)
		}
		if n1 < 60 || len(byPhrase) != min(limit, n1) {
			t.Fatalf("limit %d: %d of %d hits: the corpus does not test many phrases", limit, len(byPhrase), n1)
		}
		if n1 != n2 || !reflect.DeepEqual(one, byPhrase) {
			t.Errorf("limit %d: one statement found %d of %d, phrase by phrase %d of %d, or in another order", limit, len(one), n2, len(byPhrase), n1)
		}
	}
}
