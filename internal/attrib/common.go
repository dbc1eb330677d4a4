package attrib

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// The common words of each language (lexicon/common_en.txt and
// common_fr.txt, generated from Debian's word lists by
// scripts/gen-common-words.sh) tell a capitalised common word from a name.
// They are too many for a class bit of the word table, which every token
// probes (and whose 64 bits are all taken): the few rules that ask look a
// word up by binary search in the sorted text, through an index of where
// its lines start.

// wordList is one language's common words: the text of the list and where
// each of its lines starts, for a binary search without a table of strings.
type wordList struct {
	text   string
	starts []uint32
}

// loadCommon reads a list of common words: its lines past the leading
// comments, which must be folded words in strictly ascending byte order.
func loadCommon(fsys fs.FS, name string) (wordList, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return wordList{}, err
	}
	s := string(b)
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	l := wordList{text: s, starts: make([]uint32, 0, strings.Count(s, "\n"))}
	prev := ""
	for off := 0; off < len(s); {
		e := strings.IndexByte(s[off:], '\n')
		if e < 0 {
			e = len(s) - off
		}
		w := s[off : off+e]
		if w == "" || w <= prev || strings.ContainsAny(w, " #") {
			return wordList{}, fmt.Errorf("%s: word %d %q: one folded word a line, in byte order", name, len(l.starts)+1, w)
		}
		l.starts = append(l.starts, uint32(off))
		prev, off = w, off+e+1
	}
	return l, nil
}

// word returns the list's word i.
func (l *wordList) word(i int) string {
	a := int(l.starts[i])
	if i+1 < len(l.starts) {
		return l.text[a : l.starts[i+1]-1]
	}
	return strings.TrimSuffix(l.text[a:], "\n")
}

// isCommon reports whether the folded word w is a common word of the
// language lang ("en", "fr").
func (l *lexicon) isCommon(lang, w string) bool {
	list := l.common[lang]
	if list == nil {
		return false
	}
	_, ok := sort.Find(len(list.starts), func(i int) int { return strings.Compare(w, list.word(i)) })
	return ok
}

// commonWord reports a capitalised token that the word lists know only as
// a common word of the article's language ("Work", "Curiously",
// "Brouillard"), or a sentence's opener that the article itself writes in
// lower case: typing's evidence that it names no one, unless a given name,
// an honorific or a role introduces it or the article names a person by it.
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
