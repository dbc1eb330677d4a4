package export

import (
	"bytes"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

// TestStreamIsWrite checks that streaming docs one at a time prints, in
// every format and for none, one or several docs, exactly what Write and
// WriteExplain print for all of them, whether Add encodes each doc or
// Encode did on other goroutines (AddEncoded).
func TestStreamIsWrite(t *testing.T) {
	docs := []Doc{
		{Path: "a/quay.txt", Title: "Quay\x1b[31m reopens", Lang: "en", Outlet: "Fenmouth Herald", URL: "https://news.example/1",
			Result: attrib.Result{Lang: "en", Quotes: []attrib.Quote{
				{Text: "The quay will reopen", Speaker: "Imogen Testwell", Kind: attrib.Direct, Cue: "said", Start: 1, End: 21, Rule: "direct/after"},
				{Text: "=1+1 is not a plan", Speaker: "Rowan Pike", Kind: attrib.Indirect, Cue: "said"}},
				Sources: []attrib.Source{{Name: "Northwind Wire", Mention: "according to Northwind Wire", Start: 40, End: 67}}}},
		{Path: "b/empty.txt", Lang: "fr"},
		{Path: "c/ferry.md", Title: "Ferry", Lang: "fr", Result: attrib.Result{Lang: "fr", Quotes: []attrib.Quote{
			{Text: "Nous ne céderons pas", Speaker: "Solène Vidalet", Kind: attrib.Direct, Cue: "a déclaré"}}}},
	}
	for _, n := range []int{0, 1, 3} {
		for _, format := range append([]string{"explain"}, Formats...) {
			var want, got, ahead bytes.Buffer
			explain := format == "explain"
			f := format
			if explain {
				f = "json"
				if err := WriteExplain(&want, cleanDocs(docs[:n])); err != nil {
					t.Fatal(err)
				}
			} else if err := Write(&want, f, docs[:n]); err != nil {
				t.Fatal(err)
			}
			s, err := NewStream(&got, f, explain)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs[:n] {
				if err := s.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%s, %d docs: stream printed\n%s\nWrite printed\n%s", format, n, got.String(), want.String())
			}
			e, err := NewStream(&ahead, f, explain)
			if err != nil {
				t.Fatal(err)
			}
			encoded := make([]chan []byte, n)
			for i, d := range docs[:n] {
				encoded[i] = make(chan []byte, 1)
				go func() {
					b, err := e.Encode(d)
					if err != nil {
						t.Error(err)
					}
					encoded[i] <- b
				}()
			}
			for _, c := range encoded {
				if err := e.AddEncoded(<-c); err != nil {
					t.Fatal(err)
				}
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			if ahead.String() != want.String() {
				t.Errorf("%s, %d docs: encoded ahead, the stream printed\n%s\nWrite printed\n%s", format, n, ahead.String(), want.String())
			}
		}
	}
}
