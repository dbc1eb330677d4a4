package attrib

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// An attribution frame is a preposition that ties words to a speaker or a
// source: "selon X", "d'après X", "according to X", "Pour X, …". One
// definition, in lexicon/frames.txt, serves every position a rule reads it
// in: before a quotation, after it, and around reported speech.

type frame struct {
	words  []string // folded, as tokens; "_" is the speaker's slot
	opener bool     // only at the start of a sentence, before a comma
	echo   bool     // opens the sentence after a quotation, before its cue
	naming bool     // names the quotation after it as a title, not as words
	alias  bool     // gives the name of someone described: "who gave her name as X"
	venue  bool     // names where a study was published: "published in the Kelder Review"
}

// frames are the attribution frames by their first word.
type frames map[string][]frame

func loadFrames(fsys fs.FS) (frames, error) {
	out := frames{}
	err := eachLine(fsys, "lexicon/frames.txt", func(line string, _ int) error {
		body, flags, _ := strings.Cut(line, "|")
		flag := strings.TrimSpace(flags)
		f := frame{words: strings.Fields(body), opener: flag == "opener", echo: flag == "echo", naming: flag == "naming", alias: flag == "alias", venue: flag == "venue"}
		if flag != "" && !f.opener && !f.echo && !f.naming && !f.alias && !f.venue {
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
	end, ok = d.matchFrame(k, func(f frame) bool {
		return !f.echo && !f.naming && !f.alias && !f.venue && !f.slotted() && (!f.opener || opener)
	})
	// "les allégations selon lesquelles …" opens a relative clause: what
	// follows is the allegation, attributed to no one.
	if ok && end < len(d.toks) && d.toks[end].has(xRelative) {
		return 0, false
	}
	return end, ok
}

// namedBefore reports a quotation that a naming frame introduces as a
// title, a headline or a slogan rather than as someone's words: "headlines
// like '…'", "a report titled “…”", and the quotations listed after it
// ("like 'A', 'B' and 'C'").
func (d *doc) namedBefore(q qspan) bool {
	for n := 0; n < 8 && q.open > 0; n++ {
		o := q.open
		for _, w := range []int{1, 2, 3} {
			if o-w >= 0 && d.toks[o-w].Para == q.para {
				// After "be" the frame compares ("are like “…”"): the
				// words may be the speaker's own image.
				if end, ok := d.matchFrame(o-w, func(f frame) bool { return f.naming }); ok && end == o && !(o-w > 0 && d.toks[o-w-1].has(xPassive)) {
					return true
				}
			}
		}
		// One of a list: the quotation before, across a comma or "and".
		k := o - 1
		if k >= 0 && d.toks[k].has(xListWord) {
			k--
		}
		if k >= 0 && d.toks[k].Text == "," {
			k--
		}
		if k < 0 || k == o-1 || d.inq[k] < 0 || d.toks[k].Para != q.para {
			return false
		}
		q = d.quotes[d.inq[k]]
	}
	return false
}

// echoAt matches an echo frame at token k ("C'est ce qu'"), returning the
// index past it.
func (d *doc) echoAt(k int) (end int, ok bool) {
	return d.matchFrame(k, func(f frame) bool { return f.echo && !f.slotted() })
}

// aliasIn finds, in the chunk [a, b) that describes someone, the name it
// gives them: "who gave her name only as Angela", "identified only as
// Tom", "qui se prénomme Lina". The name must end the chunk.
func (d *doc) aliasIn(a, b int) (mention, bool) {
	for k := a; k < b && k < a+8; k++ {
		end, ok := d.matchFrame(k, func(f frame) bool { return f.alias })
		if !ok || end >= b {
			continue
		}
		if m := d.parseNP(end, b, false); m.kind == mName && m.a == end && m.b == b {
			m.alias = true
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

func (d *doc) matchFrame(k int, want func(frame) bool) (end int, ok bool) {
	if k < 0 || k >= len(d.toks) || !d.toks[k].has(xFrame) {
		return 0, false
	}
	for _, f := range d.lex.frames[d.toks[k].Low] {
		if !want(f) {
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

// venueAt reads the journal or outlet a frame such as "published in" names
// at token k, the frame's first word, which a time phrase may part from the
// rest ("a study published last week in the Kelder Review"). The name needs an
// article before it, a press word or a gazetteer entry: "published in
// March", "published in Canada" name no venue.
func (d *doc) venueAt(k int) (int, string, bool) {
	if !d.toks[k].has(xFrame) || d.inq[k] >= 0 {
		return 0, "", false
	}
	for _, f := range d.lex.frames[d.toks[k].Low] {
		if !f.venue {
			continue
		}
		for j := k + 1; j <= k+5 && j < len(d.toks) && d.toks[j].Kind == tWord && d.toks[j].Para == d.toks[k].Para; j++ {
			a, ok := d.wordsAt(j, len(d.toks), f.words[1:])
			if !ok || a >= len(d.toks) {
				continue
			}
			det := d.toks[a].has(xDeterminer) && !d.toks[a].cap()
			if det {
				a++
			}
			if a >= len(d.toks) || !d.toks[a].cap() || d.inq[a] >= 0 {
				return 0, "", false
			}
			if name, end := d.outletFrom(a, len(d.toks)); end > a {
				return end, name, true
			}
			if n, ok := d.outletNameAt(a); ok && (det || d.hasPressWord(n.a, n.b)) && !d.toks[n.a].has(xTimeWord) {
				return n.b, d.nameText(n), true
			}
			return 0, "", false
		}
	}
	return 0, "", false
}

func (f frame) slotted() bool { return slices.Contains(f.words, "_") }

// plain reports that every frame starting with word may stand anywhere.
func (fs frames) plain(word string) bool {
	for _, f := range fs[word] {
		if f.opener || f.echo {
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

// slotFrameAt matches a frame with a speaker's slot at token k, within
// [k, b): "as _ put it", "quoted _ as saying". It returns the slot's tokens
// and the index past the frame.
func (d *doc) slotFrameAt(k, b int) (sa, sb, end int, ok bool) {
	if k < 0 || k >= b || !d.toks[k].has(xFrame) {
		return 0, 0, 0, false
	}
	for _, f := range d.lex.frames[d.toks[k].Low] {
		slot := slices.Index(f.words, "_")
		if slot < 0 {
			continue
		}
		if end, ok := d.wordsAt(k, b, f.words[:slot]); ok {
			// The slot is a short noun phrase: find where the rest of
			// the frame resumes after it.
			for j := end + 1; j <= end+6 && j < b && d.toks[j-1].Kind == tWord; j++ {
				if e, ok := d.wordsAt(j, b, f.words[slot+1:]); ok {
					return end, j, e, true
				}
			}
		}
	}
	return 0, 0, 0, false
}

// wordsAt matches the folded words ws at token k, not past b.
func (d *doc) wordsAt(k, b int, ws []string) (int, bool) {
	j := k
	for _, w := range ws {
		if j >= b || d.inq[j] >= 0 || stripPossessive(d.toks[j].Low) != w && d.toks[j].Low != w {
			return 0, false
		}
		j++
	}
	return j, true
}

// frameMention reads the speaker after a frame, in [a, b): "selon lui" as
// well as "selon le maire".
func (d *doc) frameMention(a, b int) mention {
	if a < b && d.toks[a].has(xObjPronM|xObjPronF|xObjPronP) && (a+1 == b || d.toks[a+1].Kind == tPunct) {
		return d.slotMention(a, a+1)
	}
	return d.speakerAfter(a, b)
}

// slotMention reads the speaker in a frame's slot [a, b): a pronoun ("as
// she put it"), a name, possessive or not ("in Nora Quill's words"), or a
// noun phrase ("quoted the minister as saying").
func (d *doc) slotMention(a, b int) mention {
	if _, ok := d.toks[a].pronoun(); ok && b == a+1 {
		return mention{kind: mPron, a: a, b: b, pronoun: d.toks[a].Low}
	}
	if t := &d.toks[a]; t.has(xObjPronM|xObjPronF|xObjPronP) && b == a+1 {
		g := "p"
		switch {
		case t.has(xObjPronM):
			g = "m"
		case t.has(xObjPronF):
			g = "f"
		}
		return mention{kind: mPron, a: a, b: b, pronoun: t.Low, gender: g}
	}
	if n, ok := d.nameAt(a); ok && n.b == b {
		n.poss = false
		m := mention{kind: mName, a: n.ha, b: n.b, name: n}
		if n.org {
			m.kind = mOrg
		}
		return m
	}
	return d.parseNP(a, b, true)
}
