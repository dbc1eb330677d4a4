package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
)

// TestPhraseCountsAreCounts checks the count kept with each phrase against
// its plain twin, counting the quotes that carry it, after every write
// that adds or removes quotes: one article, a batch, an article replaced
// by another version with other quotes (alone, and in the batch that
// stored it), one removed, and the trail
// rebuilt on open.
func TestPhraseCountsAreCounts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lib.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	check := func(after string) {
		t.Helper()
		var wrong, carried int
		if err := s.db.QueryRow(`SELECT count(*) FROM phrases p WHERE p.quotes <> (SELECT count(*) FROM quotes q WHERE q.phrase_id = p.id)`).Scan(&wrong); err != nil {
			t.Fatal(err)
		}
		s.db.QueryRow(`SELECT count(*) FROM phrases WHERE quotes > 1`).Scan(&carried)
		if wrong != 0 {
			t.Errorf("after %s: %d phrases keep a count other than their quotes'", after, wrong)
		}
		if carried == 0 {
			t.Errorf("after %s: no phrase carried twice, the check checks nothing", after)
		}
	}
	librarytest.Populate(t, s, 40)
	check("generated articles")
	es := librarytest.TrailCorpus()
	for _, e := range es[:2] {
		if _, _, err := s.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	check("two articles")
	if _, err := s.PutAll(ctx, es[2:]); err != nil {
		t.Fatal(err)
	}
	check("a batch")
	// Another version of the first article, carrying the second's quote
	// twice and its own no more.
	v2 := *es[0]
	v2.Article.Body += "\n\nUpdated."
	v2.Article.Hash += "-2"
	v2.Result.Quotes = append(es[1].Result.Quotes[:1:1], es[1].Result.Quotes[0])
	if _, st, err := s.Put(ctx, &v2); err != nil || st != library.Updated {
		t.Fatalf("update: %v, %v", st, err)
	}
	check("an update")
	// A batch that stores an article with a quote new to the library,
	// then another version of it without that quote.
	first := *es[0]
	first.Article.Path, first.Article.Hash = "en/twice.txt", "twice-1"
	first.Result.Quotes = append(es[0].Result.Quotes[:0:0], es[0].Result.Quotes[0])
	first.Result.Quotes[0].Text = "the night ferry to the outer islands stops in March and will not run again before the summer"
	second := first
	second.Article.Hash = "twice-2"
	second.Result.Quotes = es[1].Result.Quotes[:1]
	if sts, err := s.PutAll(ctx, []*library.Entry{&first, &second}); err != nil || sts[1] != library.Updated {
		t.Fatalf("a batch writing one article twice: %v, %v", sts, err)
	}
	check("a batch that replaces its own article")
	arts, err := s.List(ctx, library.Filter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, arts[len(arts)-1].ID); err != nil {
		t.Fatal(err)
	}
	check("a removal")
	if _, err := s.db.Exec(`UPDATE meta SET value = '0' WHERE key = 'trail_version'`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path, nil); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check("the trail rebuilt")
}
