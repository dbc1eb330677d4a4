package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/attrib"
)

func docText(d *Doc) string { return ansi.Strip(strings.Join(d.Lines, "\n")) }

// TestRenderCacheReusesAndFollowsTheEntry: an article rendered again at the
// same width and theme is the document already made; one whose text or
// extraction changed under the same id (re-ingested, reindexed, a speaker
// merged) is rendered anew, as is a new width or theme.
func TestRenderCacheReusesAndFollowsTheEntry(t *testing.T) {
	const body = "Ferry timetable changes\n\n" +
		"\"The winter crossings will run every forty minutes,\" Hedda Vornholt said on Tuesday.\n"
	r := NewRenderer()
	e := entryFrom(t, "ferry.txt", body)
	e.Extractor = "v1"
	first, err := r.Render(e, 60, testStyles)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := r.Render(e, 60, testStyles)
	if again != first {
		t.Error("the same article at the same width and theme was rendered again, not reused")
	}
	if d, ok := r.Cached(DocKey(e, 60, true, false)); !ok || d != first {
		t.Error("Cached does not find the document Render made")
	}

	other := testStyles
	other.Dark = false
	if d, _ := r.Render(e, 60, other); d == first {
		t.Error("a light theme reused the dark document")
	}
	if d, _ := r.Render(e, 40, testStyles); d == first || d.Width != 40 {
		t.Error("a new width reused the old document")
	}

	// The same id with a new body: re-ingested after the outlet fixed it.
	edited := entryFrom(t, "ferry.txt", strings.Replace(body, "forty", "fifty", 1))
	edited.Extractor = "v1"
	d, _ := r.Render(edited, 60, testStyles)
	if !strings.Contains(docText(d), "fifty") {
		t.Errorf("an edited article shows its old text:\n%s", docText(d))
	}

	// The same text with its speaker renamed (an alias merged).
	merged := entryFrom(t, "ferry.txt", body)
	merged.Extractor = "v1"
	merged.Result.Quotes = append([]attrib.Quote(nil), merged.Result.Quotes...)
	merged.Result.Quotes[0].Speaker = "H. Vornholt"
	if _, ok := r.Cached(DocKey(merged, 60, true, false)); ok {
		t.Error("a renamed speaker finds the document of the old name")
	}

	// Extracted again by newer rules.
	re := entryFrom(t, "ferry.txt", body)
	re.Extractor = "v2"
	if _, ok := r.Cached(DocKey(re, 60, true, false)); ok {
		t.Error("a re-extracted article finds the document of the old extraction")
	}
}
