package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library"
)

func TestSearchTextKeepsEachWordOnce(t *testing.T) {
	got := searchText("Élodie Vantrel's “plan”, the plan; THE plan—again. 4.5%", "the plan, Élodie")
	want := "Élodie Vantrel s “plan” the plan THE plan—again 4 5"
	if got != want {
		t.Errorf("searchText = %q, want %q", got, want)
	}
}

// Every word of an article finds it through the index, however the text
// around it is punctuated: the index is given each word once, not the text.
func TestSearchFindsEveryWordOfTheText(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "lib.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	body := "Quayside «inquiry» opens: the ferry-master, Ondine Paskell, said “the harbour's dredging (phase 2) costs €4.5m”.\n\n" +
		"L'écluse de Brennemer reste fermée, a déclaré Aurèle Vidrac, «jusqu'à nouvel ordre».\n"
	a, err := article.FromText("quay.txt", []byte("Quayside notes\n\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Put(ctx, &library.Entry{Article: *a, Extractor: "test"}); err != nil {
		t.Fatal(err)
	}
	words := strings.FieldsFunc(a.Title+" "+a.Body, func(r rune) bool {
		return strings.ContainsRune(" \n«»:,“”'’()€.;-", r)
	})
	if len(words) < 25 {
		t.Fatalf("only %d words: %q", len(words), words)
	}
	for _, w := range words {
		n, err := s.Count(ctx, library.Filter{Text: w})
		if err != nil || n != 1 {
			t.Errorf("search %q: %d articles, %v; want 1", w, n, err)
		}
	}
	if n, _ := s.Count(ctx, library.Filter{Text: "ferry master dredging"}); n != 1 {
		t.Errorf("three words: %d articles, want 1", n)
	}
	if n, _ := s.Count(ctx, library.Filter{Text: "gangway"}); n != 0 {
		t.Errorf("a word not in the text: %d articles, want 0", n)
	}
}
