package article

import (
	"strings"
	"testing"
)

// rss builds a feed of entries without a guid; an entry "title|link" has a
// link, a bare "title" none.
func rss(entries ...string) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Bulletin</title>`)
	for _, e := range entries {
		title, link, _ := strings.Cut(e, "|")
		b.WriteString("<item><title>" + title + "</title>")
		if link != "" {
			b.WriteString("<link>" + link + "</link>")
		}
		b.WriteString("<description>“" + title + " is on time,” said Nora Quill.</description></item>")
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

// An entry without a guid keeps its key when the feed changes around it:
// its link, else a hash of its title and content, never its position.
func TestFeedEntriesKeyedByWhatTheyAre(t *testing.T) {
	keys := func(data []byte) map[string]string {
		t.Helper()
		arts, err := FromBytes("bulletin.rss", data)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, a := range arts {
			out[a.Title] = a.Path
		}
		return out
	}
	before := keys(rss("Alpha|https://quay.example/alpha", "Bravo"))
	after := keys(rss("Charlie", "Alpha|https://quay.example/alpha", "Bravo"))
	if before["Alpha"] != "bulletin.rss#https://quay.example/alpha" {
		t.Errorf("Alpha keyed %q, want its link", before["Alpha"])
	}
	for _, title := range []string{"Alpha", "Bravo"} {
		if before[title] != after[title] {
			t.Errorf("%s keyed %q, then %q once Charlie came first", title, before[title], after[title])
		}
	}
	seen := map[string]string{}
	for title, key := range after {
		if other, ok := seen[key]; ok {
			t.Errorf("%s and %s share the key %q", title, other, key)
		}
		seen[key] = title
	}
	// Twin entries (same title, same text) are still two keys.
	if twins := keys(rss("Delta", "Delta")); len(twins) != 1 {
		t.Fatalf("twins: %v", twins)
	}
	arts, _ := FromBytes("bulletin.rss", rss("Delta", "Delta"))
	if len(arts) != 2 || arts[0].Path == arts[1].Path {
		t.Errorf("twin entries share a key: %q", []string{arts[0].Path, arts[1].Path})
	}
}
