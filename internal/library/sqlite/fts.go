package sqlite

import "github.com/dixit-news/dixit/internal/library"

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
func searchText(parts ...string) string { return library.DistinctRuns(separator, parts...) }

func separator(c byte) bool {
	return c < 0x80 && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9')
}
