package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/text"
)

// FuzzLoaders feeds the same bytes to the text, Markdown, HTML and feed
// loaders. None may panic; errors are one line; every article they return
// holds only clean text (valid UTF-8, no control but newline and tab) in its
// body and metadata.
func FuzzLoaders(f *testing.F) {
	seeds := []string{
		"Headline\n\nBody \x1b[31mred\x1b[0m.",
		"---\ntitle: T\ndate: 2025-01-02\nlang: fr\n---\n# Titre\n\n« Oui », dit-il.",
		"---\ntitle: [unclosed\n---\nbody",
		"<html lang=fr><head><title>T&#27;[2J</title></head><body><article><p>« A » &#x9b;31m &#x202e;</p></article></body></html>",
		strings.Repeat("<div>", 600) + "deep",
		`<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><item><title>a</title><description>&lt;p&gt;"Hi," she said.&lt;/p&gt;</description></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>e</title><content type="html">x</content></entry></feed>`,
		"\x00\x01binary",
		"\xff\xfe\xfd",
	}
	for _, s := range seeds {
		f.Add(s, uint8(0))
	}
	exts := []string{".txt", ".md", ".html", ".rss", ".atom", ""}
	f.Fuzz(func(t *testing.T, data string, which uint8) {
		name := "input" + exts[int(which)%len(exts)]
		arts, err := FromBytes(name, []byte(data))
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
			return
		}
		for _, a := range arts {
			for field, v := range map[string]string{"body": a.Body, "title": a.Title, "outlet": a.Outlet, "author": a.Author, "url": a.URL, "lang": a.Lang} {
				if !utf8.ValidString(v) {
					t.Fatalf("%s: %s is not valid UTF-8: %q", name, field, v)
				}
				for _, r := range v {
					if r != '\n' && r != '\t' && text.IsControl(r) {
						t.Fatalf("%s: control %U in %s %q", name, r, field, v)
					}
				}
			}
			if a.Hash != Hash(a.Body) {
				t.Fatalf("%s: hash does not match body", name)
			}
		}
	})
}
