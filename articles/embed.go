// Package articles is dixit's bundled sample corpus: the seed article and
// original, fictional articles in French and English, as text, Markdown,
// HTML and RSS. It is embedded in the binary and ingested into an empty
// library, so dixit has something to show on a fresh machine.
package articles

import "embed"

// FS holds the corpus files at its root.
//
//go:embed *.txt *.md *.html *.rss
var FS embed.FS
