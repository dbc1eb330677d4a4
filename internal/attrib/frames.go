package attrib

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// An attribution frame is a preposition that ties words to a speaker or a
// source: "selon X", "d'après X", "according to X", "Pour X, …". One
// definition, in lexicon/frames.txt, serves every position a rule reads it
// in: before a quotation, after it, and around reported speech.

type frame struct {
	words  []string // folded, as tokens
	opener bool     // only at the start of a sentence, before a comma
}

// frames are the attribution frames by their first word.
type frames map[string][]frame

func loadFrames(fsys fs.FS) (frames, error) {
	out := frames{}
	err := eachLine(fsys, "lexicon/frames.txt", func(line string, _ int) error {
		body, flags, _ := strings.Cut(line, "|")
		f := frame{words: strings.Fields(body), opener: strings.TrimSpace(flags) == "opener"}
		if flags != "" && !f.opener {
			return fmt.Errorf("unknown frame flag %q", strings.TrimSpace(flags))
		}
		if len(f.words) == 0 {
			return fmt.Errorf("empty frame")
		}
		for _, w := range f.words {
			if text.Fold(w) != w {
				return fmt.Errorf("frame word %q is not written as the tokenizer folds it", w)
			}
		}
		out[f.words[0]] = append(out[f.words[0]], f)
		return nil
	})
	return out, err
}

// frameAt matches an attribution frame at token k and returns the index
// just past it. opener says whether k opens its sentence, which frames such
// as "pour" need.
func (d *doc) frameAt(k int, opener bool) (end int, ok bool) {
	if k < 0 || k >= len(d.toks) || !d.toks[k].has(xFrame) {
		return 0, false
	}
	for _, f := range d.lex.frames[d.toks[k].Low] {
		if f.opener && !opener {
			continue
		}
		j := k
		for _, w := range f.words {
			if j >= len(d.toks) || d.toks[j].Low != w || d.inq[j] >= 0 {
				j = -1
				break
			}
			j++
		}
		if j > k {
			return j, true
		}
	}
	return 0, false
}

// plain reports that every frame starting with word may stand anywhere.
func (fs frames) plain(word string) bool {
	for _, f := range fs[word] {
		if f.opener {
			return false
		}
	}
	return true
}

// commaAfter returns the comma that closes the noun phrase opening tokens
// [a, b), or -1: the first comma, or the one after a name in apposition
// ("Pour la présidente du club, Inès Valcourt, …").
func (d *doc) commaAfter(a, b int) int {
	for k := a; k < b; k++ {
		if d.toks[k].Text != "," {
			continue
		}
		if n, ok := d.nameAt(k + 1); ok && n.b < b && d.toks[n.b].Text == "," {
			return n.b
		}
		return k
	}
	return -1
}
