package library

import (
	"context"
	"strings"
	"unicode"

	"github.com/dixit-news/dixit/internal/text"
)

// SearchWords returns the distinct words of s as the full-text filter
// compares them: folded (text.Fold: case, accents, ligatures), split at
// anything that is not a letter or a digit. Backends that cannot fold on
// their own index these.
func SearchWords(s string) []string {
	words := strings.FieldsFunc(text.Fold(s), notWordRune)
	seen := make(map[string]bool, len(words))
	out := words[:0]
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// SearchQuery splits Filter.Text into the words every match must hold,
// folded as SearchWords folds them. The last word is a prefix ("elys"
// finds "Élysée") when it has two letters or more: one letter would match
// most of a library.
func SearchQuery(q string) (words []string, prefix bool) {
	words = strings.FieldsFunc(text.Fold(q), notWordRune)
	if n := len(words); n > 0 && len([]rune(words[n-1])) >= 2 {
		prefix = true
	}
	return words, prefix
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Totals counts what a library holds: articles, quotes, speakers listed by
// Speakers (those quoted at least once) and distinct cited sources.
type Totals struct {
	Articles int `json:"articles"`
	Quotes   int `json:"quotes"`
	Speakers int `json:"speakers"`
	Sources  int `json:"sources"`
}

// Totaler is a Store that counts its totals itself, faster than CountAll
// through the Store interface.
type Totaler interface {
	Totals(ctx context.Context) (Totals, error)
}

// CountAll returns the totals of s: from the backend when it is a Totaler,
// else through the Store interface (every quote is read, a page at a time).
func CountAll(ctx context.Context, s Store) (Totals, error) {
	if t, ok := s.(Totaler); ok {
		return t.Totals(ctx)
	}
	var t Totals
	var err error
	if t.Articles, err = s.Count(ctx, Filter{}); err != nil {
		return t, err
	}
	const page = 20_000
	for off := 0; ; off += page {
		qs, err := s.Quotes(ctx, Filter{Limit: page, Offset: off})
		if err != nil {
			return t, err
		}
		t.Quotes += len(qs)
		if len(qs) < page {
			break
		}
	}
	sp, err := s.Speakers(ctx, Filter{})
	if err != nil {
		return t, err
	}
	src, err := s.Sources(ctx, Filter{})
	if err != nil {
		return t, err
	}
	t.Speakers, t.Sources = len(sp), len(src)
	return t, nil
}

// DistinctRuns joins the runs of bytes between separators in parts, each
// once, in order of first appearance, with single spaces: what a backend
// gives its full-text index for an article's text when the index keeps
// neither positions nor counts, so that it tokenizes each word once rather
// than a text that repeats most of its words. sep must hold for the ASCII
// space, so that the runs read back as they were.
func DistinctRuns(sep func(byte) bool, parts ...string) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, p := range parts {
		for i := 0; i < len(p); {
			if sep(p[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(p) && !sep(p[j]) {
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
