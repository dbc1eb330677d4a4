package tui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// eightBody is a fictional Markdown article in which eight invented people
// speak, some of their words in emphasis or in a link that the quote's span
// cuts before its ")".
const eightBody = `# Quay council votes the harbour plan

"It took *eight years* to get here," said Wendeline Ossory, the harbour master.

"The plan is [fully costed](https://ledger.example/plan)," said Tarrant Vell.

"We will **not** raise the fees," said Amaury Castelbon.

"The boats come first," said Liesl Varga.

"Nobody asked the fishers," said Odran Pellisier.

"I voted for it," said Maren Quistgaard.

"It is a fair compromise," said Sefton Adebayo-Rhee.

"We start on Monday," said Ilse Marchbank.
`

var eightSpeakers = []string{"Wendeline Ossory", "Tarrant Vell", "Amaury Castelbon", "Liesl Varga",
	"Odran Pellisier", "Maren Quistgaard", "Sefton Adebayo-Rhee", "Ilse Marchbank"}

// eightEntry is the article with its quotes written by hand, so the tests
// do not follow the engine: quote i is speaker i's, and quote 1 stops
// inside the link's address, as a span cut at a cue can.
func eightEntry(t testing.TB) *library.Entry {
	t.Helper()
	as, err := article.FromBytes("quay-council.md", []byte(eightBody))
	if err != nil || len(as) != 1 {
		t.Fatalf("fixture: %v", err)
	}
	a := as[0]
	a.Outlet, a.Lang = "Harbour Ledger", "en"
	a.Published = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	res := attrib.Result{Lang: "en"}
	from := 0
	for i, name := range eightSpeakers {
		start := strings.Index(a.Body[from:], "\"") + from + 1
		end := strings.Index(a.Body[start:], ",\"") + start
		from = end + 2
		if i == 1 {
			end = strings.Index(a.Body, "/plan)")
		}
		res.Quotes = append(res.Quotes, attrib.Quote{Text: a.Body[start:end], Start: start, End: end, Speaker: name, Mention: name, Cue: "said", Kind: attrib.Direct})
		res.Speakers = append(res.Speakers, attrib.Speaker{Name: name, Mentions: []string{name}, Quotes: 1})
	}
	return &library.Entry{Article: *a, Result: res, Extractor: attrib.Version, Added: addedBase}
}

// eightStore is a library holding only that article.
func eightStore(t testing.TB) (library.Store, int64) {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	id, _, err := s.Put(context.Background(), eightEntry(t))
	if err != nil {
		t.Fatal(err)
	}
	return s, id
}
