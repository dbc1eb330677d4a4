package export

import (
	"slices"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
)

func TestCite(t *testing.T) {
	o := Origin{Title: "Ferry strike ends", Outlet: "Harbour Ledger", URL: "https://ledger.example/strike",
		Published: time.Date(2025, 6, 9, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		q       attrib.Quote
		o       Origin
		sources []string
		want    string
	}{
		{attrib.Quote{Text: "It is not everything we asked for,", Speaker: "Nora Quill", Kind: attrib.Direct}, o, []string{"Radio Kelder"},
			"“It is not everything we asked for” — Nora Quill, in “Ferry strike ends”, Harbour Ledger, 2025-06-09, https://ledger.example/strike (on the word of: Radio Kelder)"},
		{attrib.Quote{Text: "the crews had backed the deal", Speaker: "Nora Quill", Kind: attrib.Indirect}, o, nil,
			"Nora Quill, reported speech (not verbatim): the crews had backed the deal, in “Ferry strike ends”, Harbour Ledger, 2025-06-09, https://ledger.example/strike"},
		{attrib.Quote{Text: "We\nwill see\x1b[2J", Kind: attrib.Direct}, Origin{}, nil,
			"“We will see” — unattributed"},
	} {
		if got := Cite(c.q, c.o, c.sources); got != c.want {
			t.Errorf("Cite:\n got %q\nwant %q", got, c.want)
		}
	}
}

func TestTiedSources(t *testing.T) {
	body := "Selon Radio Kelder, le port rouvrira.\n\n« Nous serons prêts », a dit Nora Quill à la Gazette, d'après l'AFP."
	q := attrib.Quote{Text: "Nous serons prêts", Start: 42, End: 60, Via: "Gazette", Kind: attrib.Direct}
	srcs := []attrib.Source{
		{Name: "Radio Kelder", Mentions: []attrib.SourceMention{{Text: "Selon Radio Kelder", Start: 0, End: 18, Rule: "attribution"}}},
		{Name: "AFP", Mentions: []attrib.SourceMention{{Text: "d'après l'AFP", Start: 97, End: 112, Rule: "attribution"}}},
		{Name: "Gazette", Mention: "à la Gazette", Start: 82, End: 96, Rule: "via"},
	}
	if got, want := TiedSources(body, q, srcs), []string{"Gazette", "AFP"}; !slices.Equal(got, want) {
		t.Errorf("TiedSources = %q, want %q (Radio Kelder is cited in another paragraph)", got, want)
	}
}
