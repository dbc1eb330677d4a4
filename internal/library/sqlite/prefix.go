package sqlite

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"unicode/utf8"
)

// A prefix of four letters or more ("harbo", typed on the way to
// "harbour") has no prefix index of its own (the index keeps those of 2
// and 3 letters): FTS5 merges the whole list of every word it matches
// before returning the first match, 120 ms for a common word at 100,000
// articles. The words it matches, read from the index's vocabulary, make
// an OR of whole words instead, which FTS5 reads in order and stops as
// soon as a page is full. Each keystroke that lengthens the prefix narrows
// the words found for the last one, without reading the vocabulary again,
// as long as the index has not changed since.

// maxPrefixWords bounds the OR: a prefix matching more words stays a
// prefix query.
const maxPrefixWords = 64

type prefixCache struct {
	mu      sync.Mutex
	version []byte              // the index's structure record when read
	words   map[string][]string // prefix → the words it matches
}

// match is the FTS5 query of free text q (ftsQuery), its last word's
// prefix spelled out as the words it matches where it is long.
func (s *Store) match(ctx context.Context, q string) string {
	fts := ftsQuery(q)
	if !strings.HasSuffix(fts, `"*`) {
		return fts
	}
	open := strings.LastIndex(fts, ` "`) + 1 // the last word's quote; 0 for the only word
	prefix := fts[open+1 : len(fts)-2]
	if utf8.RuneCountInString(prefix) < 4 {
		return fts
	}
	words, ok := s.prefixWords(ctx, prefix)
	if !ok || len(words) == 0 {
		return fts // none: the prefix query finds none at once
	}
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	group := "(" + strings.Join(words, " OR ") + ")"
	if open == 0 {
		return group
	}
	return fts[:open] + "AND " + group // FTS5 joins a group to a phrase by AND alone
}

// prefixWords lists the indexed words starting with prefix; ok is false
// when there are too many, or the vocabulary cannot be read.
func (s *Store) prefixWords(ctx context.Context, prefix string) (words []string, ok bool) {
	var version []byte
	// FTS5 rewrites this record whenever the index takes new rows.
	if err := s.db.QueryRowContext(ctx, `SELECT block FROM search_data WHERE id = 10`).Scan(&version); err != nil {
		return nil, false
	}
	c := &s.prefixes
	c.mu.Lock()
	if !bytes.Equal(c.version, version) {
		c.version, c.words = version, map[string][]string{}
	}
	for p := prefix; utf8.RuneCountInString(p) >= 4; p = dropLast(p) {
		if ws, found := c.words[p]; found {
			for _, w := range ws {
				if strings.HasPrefix(w, prefix) {
					words = append(words, w)
				}
			}
			c.words[prefix] = words
			c.mu.Unlock()
			return append([]string(nil), words...), true
		}
	}
	c.mu.Unlock()
	rows, err := s.db.QueryContext(ctx, `SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?`,
		prefix, prefix+string(utf8.MaxRune), maxPrefixWords+1)
	if err != nil {
		return nil, false
	}
	defer rows.Close()
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return nil, false
		}
		words = append(words, w)
	}
	if rows.Err() != nil || len(words) > maxPrefixWords {
		return nil, false
	}
	c.mu.Lock()
	if bytes.Equal(c.version, version) {
		c.words[prefix] = words
	}
	c.mu.Unlock()
	return append([]string(nil), words...), true
}

func dropLast(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-size]
}
