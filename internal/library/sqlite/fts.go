package sqlite

import "strings"

// searchText is what the full-text index is given for an article's body
// and quotes: each word once, in order of first appearance. The index
// keeps neither positions nor counts (detail=none) and no ranking reads its
// sizes, so it holds the same words for this as for the whole text, which
// the tokenizer took most of the writer's time to read: a news article
// repeats most of its words, and its quotes are in its body.
//
// A "word" here is a run of bytes between ASCII characters other than
// letters and digits, which FTS5's unicode61 tokenizer always reads as
// separators (bytes of a multi-byte character are never ASCII): the
// tokenizer splits each run as it would have split it in the text.
func searchText(parts ...string) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, p := range parts {
		for i := 0; i < len(p); {
			if separator(p[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(p) && !separator(p[j]) {
				j++
			}
			if w := p[i:j]; !seen[w] {
				seen[w] = true
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			i = j
		}
	}
	return b.String()
}

func separator(c byte) bool {
	return c < 0x80 && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9')
}
