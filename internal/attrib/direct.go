package attrib

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dq is a direct quotation being attributed.
type dq struct {
	first, last int // content tokens
	q           qspan
	who         who
	cue         string
	cued        bool
	before      bool // the cue stands before the quotation
	indirect    bool // ... and mostly paraphrase: reported speech
	subhead     bool // a line that is nothing but the quotation
	via         relay
}

// directQuotes turns the quotations found by the mark scanner into
// attributed quotes: it splits incises, drops titles and scare quotes, finds
// each cue and resolves its speaker, and lets uncued quotes inherit.
//
// The list is scratch memory, valid until the next extraction.
func (d *doc) directQuotes() []Quote {
	// Every list below holds at most one entry a quotation part: growing
	// them room by room copied a dense 10 MB article's quotes many times.
	items := slices.Grow(d.scr.items[:0], len(d.quotes))
	d.speakers = slices.Grow(d.speakers, len(d.quotes))
	defer func() { d.scr.items = items[:0] }()
	for qi, q := range d.quotes {
		parts, np := d.splitIncise(qi, q)
		for _, part := range parts[:np] {
			it := dq{first: part.first, last: part.last, q: q}
			if part.cued {
				it.who, it.cue, it.cued = part.who, part.cue, true
			}
			// A quotation that ends the narrator's sentence reads its cue
			// before first, once.
			beforeRead := !it.cued && part.first == q.first && part.last == q.last && d.endsEmbeddedSentence(q)
			if beforeRead {
				it.who, it.cue, it.via, it.cued = d.cueBefore(qi, q)
				it.before = it.cued
			}
			if !it.cued && part.last == q.last {
				it.who, it.cue, it.via, it.cued = d.cueAfter(q)
			}
			if !it.cued && part.last == q.last {
				it.who, it.cue, it.via, it.cued = d.cueEcho(q)
			}
			if !it.cued && part.first == q.first && !beforeRead {
				it.who, it.cue, it.via, it.cued = d.cueBefore(qi, q)
				it.before = it.cued
			}
			if !it.cued {
				// "QUILL: “…”", or the label inside the marks: "“QUILL: …".
				if w, end, ok := d.labelAt(d.paraStartTok(q.para)); ok && (q.open < 0 || q.open >= end) {
					it.who, it.cued = w, true
				} else if w, end, ok := d.labelAt(it.first); ok && end+1 < it.last {
					it.who, it.cued, it.first = w, true, end+1
				}
			}
			it.subhead = d.isSubhead(it)
			if !d.isSpeech(it) {
				continue
			}
			items = append(items, it)
			if it.who.ent != nil {
				d.speakers = append(d.speakers, event{tok: it.first, who: it.who})
			} else if it.cued {
				d.noteUnnamed(it.first, it.who)
				if it.who.name != "" {
					d.roleSpoke = append(d.roleSpoke, event{tok: it.first, who: it.who})
				}
			}
		}
	}
	d.inherit(items)
	d.headlineEcho(items)
	d.said = slices.Grow(d.said, len(items))
	for i := range items {
		if it := &items[i]; it.who.name != "" {
			d.said = append(d.said, event{tok: it.first, who: it.who})
		}
	}
	out := slices.Grow(d.scr.direct[:0], len(items))
	defer func() { d.scr.direct = out[:0] }()
	for i := range items {
		it := &items[i]
		if it.via.name != "" {
			d.relays = append(d.relays, it.via)
		}
		start, end := d.toks[it.first].Start, d.toks[it.last-1].End
		kind := Direct
		if it.indirect {
			kind = Indirect
		}
		out = append(out, Quote{
			Text: d.src[start:end], Start: int(start), End: int(end),
			Speaker: it.who.name, Mention: it.who.mention, Description: it.who.desc,
			Cue: it.cue, Kind: kind, Via: it.via.name, Rule: it.who.rule, Resolved: it.who.how,
		})
	}
	return out
}

// inherit gives uncued quotes a speaker: a quotation reopened over several
// paragraphs takes the speaker of its continuation; otherwise the choice
// among the candidates around it (choice.go) decides.
func (d *doc) inherit(items []dq) {
	for i := len(items) - 2; i >= 0; i-- {
		cur, next := &items[i], &items[i+1]
		if !cur.cued && cur.q.close < 0 && next.q.para == cur.q.para+1 && next.cued &&
			(next.q.open < 0 || next.q.open == d.paraStartTok(next.q.para)) {
			cur.who, cur.cued = next.who, true
			cur.who.mention, cur.who.rule = "", "inherit/continued-below"
		}
	}
	// « A », « B », a déclaré X: one cue after a run of quotations
	// separated by commas serves them all; a quotation that ends its
	// sentence has a cue of its own.
	for i := len(items) - 2; i >= 0; i-- {
		cur, next := &items[i], &items[i+1]
		if cur.cued || !next.cued || next.before || next.who.name == "" || cur.q.close < 0 || next.q.open < 0 || cur.q.para != next.q.para {
			continue
		}
		if d.onlyPunct(cur.q.close+1, next.q.open) && !d.isFinal(cur.last-1) {
			cur.who, cur.cue, cur.cued = next.who, next.cue, true
			cur.who.mention, cur.who.rule = "", "inherit/shared-cue"
		}
	}
	// A quoted subhead announces the passage below it: its speaker is the
	// next quote's, when that one is cued.
	for i := len(items) - 2; i >= 0; i-- {
		cur, next := &items[i], &items[i+1]
		if cur.subhead && next.cued && next.who.name != "" && next.q.para-cur.q.para <= 3 {
			cur.who, cur.cued = next.who, true
			cur.who.mention, cur.who.rule = "", "inherit/subhead"
		}
	}
	for i := range items {
		if it := &items[i]; !it.cued || it.who.name == "" {
			d.choose(items, i) // choice.go
		}
	}
	if d.record != nil {
		d.notePronouns(items)
	}
}

// onlyPunct reports that tokens [a, b) are punctuation, and at most two.
func (d *doc) onlyPunct(a, b int) bool {
	if b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].Kind != tPunct || d.isFinal(k) {
			return false
		}
	}
	return true
}

// lastEvent returns the last reported-speech attribution in tokens (a, b).
func (d *doc) lastEvent(a, b int) (event, bool) {
	i := sort.Search(len(d.events), func(i int) bool { return d.events[i].tok >= b })
	if i > 0 && d.events[i-1].tok > a && d.events[i-1].who.name != "" {
		return d.events[i-1], true
	}
	return event{}, false
}

// isSpeech tells quoted speech from quoted titles, terms and scare quotes.
func (d *doc) isSpeech(it dq) bool {
	words, final := 0, false
	for k := it.first; k < it.last; k++ {
		switch d.toks[k].Kind {
		case tWord:
			words++
		case tPunct:
			if d.isFinal(k) {
				final = true
			}
		}
	}
	if words < 3 || d.boilerplate(it.q.para) {
		return false
	}
	if it.first == it.q.first && !(it.cued && !it.before) && d.namedBefore(it.q) {
		return false
	}
	// A line that is nothing but a quotation is a quoted subhead: a quote
	// when it is someone's own words, but a pull quote when the article
	// repeats them, and a label when short and impersonal.
	if it.subhead {
		if d.repeated(it) || words <= 8 && !d.speaks(it.first, it.last) {
			return false
		}
	}
	lower := startsLower(d.toks[it.first].Text)
	var prev *token
	if o := it.q.open; o > 0 && d.toks[o-1].Para == d.toks[o].Para && it.first == it.q.first {
		prev = &d.toks[o-1]
	}
	reports := d.reportsWords(it)
	if prev != nil && prev.Kind == tWord && (prev.isPrep() || prev.has(xDeterminer)) && !final && (lower && words <= 12 || words <= 8 && (prev.isPrep() || prev.has(xArticle))) {
		// "pour « violences volontaires »", "à la « contravention … »".
		if !d.commaCueFollows(it.q) && !reports {
			return false
		}
	}
	// A title used as a noun phrase: "réalisatrice de « Les Nuits de
	// Sorbe »", "read from her novel “The Lighthouse Keeper”", "« Les Nuits
	// de Sorbe » remporte le prix".
	if !final && words <= 8 && !lower && !(it.cued && !it.before) && d.toks[it.last-1].Text != "," {
		if it.before && prev != nil && prev.Kind == tWord && d.titleCase(it.first, it.last) {
			return false
		}
		if d.sentenceGoesOn(it.q, prev != nil && prev.Kind == tWord && !prev.cap()) {
			return false
		}
	}
	if it.cued && !(it.before && prev != nil && prev.Kind == tWord && lower && !final && words <= 4) {
		return true
	}
	if d.titleCase(it.first, it.last) && words <= 8 {
		return false
	}
	if prev != nil && prev.Kind == tWord && lower && !final && !reports {
		return false
	}
	return true
}

// isSubhead reports a short line that is nothing but an uncued quotation
// without a full stop: a quoted subhead, not a paragraph of speech.
func (d *doc) isSubhead(it dq) bool {
	q := it.q
	if it.cued || q.open < 0 || q.close < 0 || q.open != d.paraStartTok(q.para) || q.close+1 != d.paraEnd(q.close) {
		return false
	}
	for k := it.first; k < it.last; k++ {
		if d.isFinal(k) {
			return false
		}
	}
	return d.countWords(it.first, it.last) <= 12
}

// pullWindow bounds how far from a subhead its repetition is looked for:
// a pull quote stands near the passage it repeats, and a document of
// nothing but quoted lines must not make the search quadratic.
const pullWindow = 32 << 10

// repeated reports that the words of quotation it stand again near it.
func (d *doc) repeated(it dq) bool {
	a, b := int(d.toks[it.first].Start), int(d.toks[it.last-1].End)
	lo, hi := max(0, a-pullWindow), min(len(d.src), b+pullWindow)
	w := d.src[a:b]
	return strings.Contains(d.src[lo:a], w) || strings.Contains(d.src[b:hi], w)
}

// speaks reports tokens [a, b) holding a first- or second-person word: the
// words of someone speaking, not a label.
func (d *doc) speaks(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].has(cPerson12) {
			return true
		}
	}
	return false
}

// reportsWords tells a quoted fragment of the narrator's sentence that
// reports someone's words from a quoted term: the fragment speaks in the
// first or second person, or a verb of saying earlier in the sentence
// governs it ("a qualifié de « … »", "juge avoir assisté à un « … »").
func (d *doc) reportsWords(it dq) bool {
	q := it.q
	if q.open < 0 || q.close < 0 {
		return false
	}
	words := 0
	for k := it.first; k < it.last; k++ {
		if t := &d.toks[k]; t.Kind == tWord && !strings.HasSuffix(t.Low, "'") {
			words++
		}
	}
	if words < 3 {
		return false
	}
	if d.speaks(it.first, it.last) {
		return true
	}
	// A verb after the fragment is as often the narrator's own ("… »,
	// rapporte le journal"): only one before it governs it, or an
	// attribution frame opening the sentence ("Selon lui, « A » et « B »"),
	// or a verb after it whose subject is a pronoun, inverted or not
	// ("… », souligne-t-il", "Dans « … », elle dit vouloir"): a pronoun
	// stands for a speaker already named, not for the narrator's source.
	// Only words within a cue's reach of the marks can govern them.
	s := max(d.sentenceStart(q.open), q.open-maxCueReach)
	e := min(d.sentenceEnd(q.open), q.close+maxCueReach)
	if _, ok := d.frameAt(s, true); ok && s == d.sentenceStart(q.open) {
		return true
	}
	for k := s; k < e; k++ {
		if d.inq[k] >= 0 || d.toks[k].Kind != tWord {
			continue
		}
		if _, _, pron, ok := d.verbAt(k); ok && (k < q.open || pron != "" || k > q.close && d.pronounBefore(k)) {
			return true
		}
	}
	return false
}

// pronounBefore reports a subject pronoun right before token k.
func (d *doc) pronounBefore(k int) bool {
	if k == 0 {
		return false
	}
	_, ok := d.toks[k-1].pronoun()
	return ok
}

func (d *doc) countWords(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].Kind == tWord {
			n++
		}
	}
	return n
}

// sentenceGoesOn reports a quotation closed and directly followed by a
// lower-case word of its sentence that is not a speech verb: the quote is a
// noun phrase ("« Les Nuits de Sorbe » remporte le prix"). Mid-sentence
// (midSentence), a comma may stand between: "a banner reading “Two
// harbours, one horizon”, drew a crowd".
func (d *doc) sentenceGoesOn(q qspan, midSentence bool) bool {
	k := q.close + 1
	if q.close < 0 || k >= len(d.toks) || d.toks[k].Para != q.para {
		return false
	}
	if midSentence && d.toks[k].Text == "," {
		k++
	}
	if k >= len(d.toks) || d.toks[k].Para != q.para || k > q.close+1 && d.toks[k-1].Text != "," {
		return false
	}
	t := &d.toks[k]
	if t.Kind != tWord || !startsLower(t.Text) {
		return false
	}
	if t.has(xListWord) {
		// A list of quoted phrases: slogans as well as titles.
		return false
	}
	if _, ok := t.pronoun(); ok || t.has(xFrAux) && k+1 < len(d.toks) && d.isVerbAt(k+1) {
		return false
	}
	return !d.isVerbAt(k) && !(k+1 < len(d.toks) && d.toks[k+1].Kind == tWord && d.isVerbAt(k+1) && t.has(xDeterminer))
}

func (d *doc) isVerbAt(k int) bool {
	_, _, _, ok := d.verbAt(k)
	return ok
}

// commaCueFollows reports a quote closed and followed by ", VERB": the quote
// is then the verb's object even mid-sentence.
func (d *doc) commaCueFollows(q qspan) bool {
	c := q.close
	if c < 0 || c+2 >= len(d.toks) || d.toks[c+1].Text != "," {
		return false
	}
	_, _, _, ok := d.verbAt(c + 2)
	return ok
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// titleCase reports a run whose every long word is capitalised: a title.
func (d *doc) titleCase(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.Kind == tWord && utf8.RuneCountInString(t.Text) > 3 {
			if !t.cap() {
				return false
			}
			n++
		}
	}
	return n > 0
}

// boilerplate reports paragraphs that are links to other stories: "READ
// MORE: …", "WATCH: …", "LIRE AUSSI : …".
func (d *doc) boilerplate(para int32) bool {
	i := d.paraStartTok(para)
	for k := i; k < len(d.toks) && k < i+4 && d.toks[k].Para == para; k++ {
		t := &d.toks[k]
		if t.Text == ":" {
			return k > i
		}
		// A label in capitals that is not a link's ("HARBOUR TALK:",
		// "OUR VIEW:") opens a paragraph of news.
		if t.Kind == tWord && (!t.has(xLinkLabel) || !allCaps(t.Text)) {
			return false
		}
	}
	return false
}

// labelAt reads a transcript's speaker label at token i, a name in
// capitals and a colon ("QUILL:"), and returns the speaker and the
// colon's index.
func (d *doc) labelAt(i int) (who, int, bool) {
	k := i
	for k < len(d.toks) && k < i+4 && d.toks[k].Para == d.toks[i].Para && d.toks[k].Kind == tWord && !d.toks[k].has(xLinkLabel|cFunction) && d.inq[k] == d.inq[i] && allCaps(d.toks[k].Text) {
		k++
	}
	if k == i || k >= len(d.toks) || d.toks[k].Text != ":" {
		return who{}, 0, false
	}
	n, ok := d.nameAt(i)
	if !ok || n.b > k {
		n = nameSeq{a: i, b: k, ha: i, words: k - i}
	}
	n.org, n.place = false, false
	w := d.resolveBy(mention{kind: mName, a: i, b: k, name: n}, i, "before/label")
	// Transcripts label a speaker by one name ("QUILL:") or a title and a
	// name ("SEN. ROE:"); a longer label is a heading ("HARBOUR TALK:").
	if k-i > 1 && n.hon == "" {
		return who{}, 0, false
	}
	return w, k, true
}

func (d *doc) paraStartTok(para int32) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].Para < para {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
