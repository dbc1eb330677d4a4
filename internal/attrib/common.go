package attrib

import (
	"fmt"
	"io/fs"
	"strings"
)

// The common words of each language (lexicon/common_en.txt and
// common_fr.txt, generated from Debian's word lists by
// scripts/gen-common-words.sh) tell a capitalised common word from a name. They are too many for a class bit of the word table,
// which every token probes: the few rules that ask look a word up by
// binary search in the sorted text itself, which costs nothing to load.

// loadCommon reads a list of common words: its lines past the leading
// comments, which must be folded words in strictly ascending byte order.
func loadCommon(fsys fs.FS, name string) (string, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return "", err
	}
	s := string(b)
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	prev := ""
	for n, rest := 0, s; rest != ""; n++ {
		var w string
		w, rest, _ = strings.Cut(rest, "\n")
		if w == "" || w <= prev || strings.ContainsAny(w, " #") {
			return "", fmt.Errorf("%s: word %d %q: one folded word a line, in byte order", name, n+1, w)
		}
		prev = w
	}
	return s, nil
}

// isCommon reports whether the folded word w is a common word of the
// language lang ("en", "fr").
func (l *lexicon) isCommon(lang, w string) bool {
	s := l.common[lang]
	lo, hi := 0, len(s)
	for lo < hi {
		mid := lo + (hi-lo)/2
		// The line holding byte mid.
		a := strings.LastIndexByte(s[lo:mid], '\n') + 1 + lo
		e := strings.IndexByte(s[a:hi], '\n')
		if e < 0 {
			e = hi - a
		}
		switch line := s[a : a+e]; {
		case line == w:
			return true
		case line < w:
			lo = a + e + 1
		default:
			hi = a
		}
	}
	return false
}

// commonWord reports a capitalised token that the word lists know only as
// a common word of the article's language ("Story", "Likewise", "Diable"), or a sentence's opener
// that the article itself writes in lower case: typing's evidence that it
// names no one, unless a given name, an honorific or a role introduces it
// or the article names a person by it.
func (d *doc) commonWord(i int) bool {
	t := &d.toks[i]
	if t.Kind != tWord || t.has(cGiven) || t.digit() {
		return false
	}
	return t.lowerSeen || d.lex.isCommon(d.lang, stripPossessive(t.Low))
}

// pluralCommon reports a folded common word that is the plural of another
// ("prosecutors", "witnesses"): a group of people may be what it names.
func (d *doc) pluralCommon(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	return d.lex.isCommon(d.lang, w[:len(w)-1]) || strings.HasSuffix(w, "es") && d.lex.isCommon(d.lang, w[:len(w)-2])
}
