package attrib

import (
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
	mixed       bool // a quoted fragment widened to its reported clause
	indirect    bool // ... and mostly paraphrase: reported speech
	subhead     bool // a line that is nothing but the quotation
	via         string
}

// directQuotes turns the quotations found by the mark scanner into
// attributed quotes: it splits incises, drops titles and scare quotes, finds
// each cue and resolves its speaker, and lets uncued quotes inherit.
//
// The list is scratch memory, valid until the next extraction.
func (d *doc) directQuotes() []Quote {
	items := d.scr.items[:0]
	defer func() { d.scr.items = items[:0] }()
	for qi, q := range d.quotes {
		parts, np := d.splitIncise(qi, q)
		for _, part := range parts[:np] {
			it := dq{first: part.first, last: part.last, q: q}
			if part.cued {
				it.who, it.cue, it.cued = part.who, part.cue, true
			}
			if !it.cued && part.last == q.last {
				it.who, it.cue, it.via, it.cued = d.cueAfter(q)
			}
			if !it.cued && part.last == q.last {
				it.who, it.cue, it.via, it.cued = d.cueEcho(q)
			}
			if !it.cued && part.first == q.first {
				it.who, it.cue, it.via, it.cued = d.cueBefore(qi, q)
				it.before = it.cued
			}
			d.widenMixed(&it)
			it.subhead = d.isSubhead(it)
			if !d.isSpeech(it) {
				continue
			}
			if n := len(items); n > 0 && it.mixed && items[n-1].mixed && it.first < items[n-1].last {
				// Two fragments of one reported clause are one quote.
				items[n-1].last = max(items[n-1].last, it.last)
				continue
			}
			items = append(items, it)
			if it.who.ent != nil {
				d.speakers = append(d.speakers, event{tok: it.first, who: it.who})
			} else if it.cued {
				d.noteUnnamed(it.first, it.who)
			}
		}
	}
	d.inherit(items)
	out := d.scr.direct[:0]
	defer func() { d.scr.direct = out[:0] }()
	for _, it := range items {
		start, end := d.toks[it.first].Start, d.toks[it.last-1].End
		kind := Direct
		if it.indirect {
			kind = Indirect
		}
		out = append(out, Quote{
			Text: d.src[start:end], Start: int(start), End: int(end),
			Speaker: it.who.name, Mention: it.who.mention, Description: it.who.desc,
			Cue: it.cue, Kind: kind, Via: it.via, Rule: it.who.rule, Resolved: it.who.how,
		})
	}
	return out
}

// inherit gives uncued quotes a speaker: a quotation reopened over several
// paragraphs takes the speaker of its continuation; otherwise a quote takes
// the speaker of the quote just before it, or the person last named.
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
		it := &items[i]
		if it.cued && it.who.name != "" {
			continue
		}
		prev := -1
		if i > 0 {
			prev = items[i-1].first
		}
		// Reported speech between the previous quote and this one names
		// the current speaker.
		if ev, ok := d.lastEvent(prev, it.first); ok && it.q.para-d.toks[ev.tok].Para <= 1 {
			it.who = ev.who
			it.who.mention, it.who.rule = "", "inherit/reported-speech"
			continue
		}
		if i > 0 && items[i-1].who.name != "" && it.q.para-items[i-1].q.para <= 2 {
			it.who = items[i-1].who
			it.who.mention, it.who.rule = "", "inherit/previous-quote"
			continue
		}
		if !it.cued {
			if e := d.ents.recentPerson(it.first, ""); e != nil {
				it.who = who{name: e.name, desc: e.desc, ent: e, rule: "inherit/recent-person", how: "name/fullest-form"}
			}
		}
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
	if it.mixed {
		return d.countWords(it.first, it.last) >= 3 && !d.boilerplate(it.q.para)
	}
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
	// A line that is nothing but a quotation is a quoted subhead: a quote
	// when it is someone's own words, but a pull quote when the article
	// repeats them, and a label when short and impersonal.
	if it.subhead {
		if w := d.src[d.toks[it.first].Start:d.toks[it.last-1].End]; strings.Count(d.src, w) > 1 || words <= 8 && !d.speaks(it.first, it.last) {
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
	// English mixed quotations are widened to their reported clause
	// instead (widenMixed).
	if d.lang != "fr" || q.open < 0 || q.close < 0 {
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
	// rapporte le journal"): only one before it governs it.
	for k := d.sentenceStart(q.open); k < q.open; k++ {
		if d.inq[k] >= 0 || d.toks[k].Kind != tWord {
			continue
		}
		if d.isVerbAt(k) {
			return true
		}
	}
	return false
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

// widenMixed handles the English mixed quotation, a quoted fragment inside
// reported speech: 'the judge said the council’s refusal “was plainly meant
// to stall the ferry crews.”' The quote is the whole reported clause,
// from after the speech verb (and "that"), since the fragment alone does not
// say what was said.
func (d *doc) widenMixed(it *dq) {
	q := it.q
	if d.lang != "en" || q.open <= 0 || it.first != q.first || it.first >= it.last || !startsLower(d.toks[q.first].Text) {
		return
	}
	s := d.sentenceStart(q.open)
	if q.open == s || d.toks[q.open-1].Kind != tWord {
		return
	}
	start := -1
	for k := q.open - 1; k >= s && d.inq[k] < 0; k-- {
		vEnd, v, _, ok := d.verbAt(k)
		if !ok || vEnd > q.open {
			continue
		}
		start = vEnd
		if v.Lemma == "according to" {
			for start < q.open && d.toks[start].Text != "," {
				start++
			}
			start++
		}
		break
	}
	if start < 0 {
		// No verb before: a cue after (', she said') still makes the
		// sentence up to the mark reported speech.
		if !it.cued || it.before {
			return
		}
		start = s
	}
	for start < q.open && (d.toks[start].Low == "that" || d.toks[start].Kind != tWord) {
		start++
	}
	if start >= q.open {
		return
	}
	first, last := start, it.last
	if !it.cued || it.before {
		if c := q.close; c >= 0 && c+1 < len(d.toks) && d.toks[c+1].Kind == tWord && d.toks[c+1].Para == q.para {
			last = d.sentenceEnd(c + 1)
		}
	}
	// Mostly quoted, the clause reads as a direct quote; a short fragment
	// in a paraphrase leaves it reported speech.
	quoted := d.countWords(it.first, it.last)
	it.first, it.last, it.mixed = first, last, true
	if quoted*2 < d.countWords(first, last) {
		it.indirect = true
	}
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
		if t.Kind == tWord && !allCaps(t.Text) {
			return false
		}
	}
	return false
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

// cueAfter reads the attribution after a quotation, up to the sentence end:
// "», a déclaré le Premier ministre", "," he said", "," said Jane Roe".
func (d *doc) cueAfter(q qspan) (who, string, string, bool) {
	c := q.close
	if c < 0 {
		return who{}, "", "", false
	}
	i := c + 1
	end := i
	for end < len(d.toks) && d.toks[end].Para == d.toks[c].Para && d.inq[end] < 0 && !d.isFinal(end) && end-i < 30 {
		end++
	}
	for i < end && d.toks[i].Kind == tPunct {
		i++
	}
	if i >= end {
		return who{}, "", "", false
	}
	// "…,” AFP quoted him as saying."
	for k := i; k < end; k++ {
		if sa, sb, fEnd, ok := d.slotFrameAt(k, end); ok {
			if m := d.slotMention(sa, sb); m.kind != mNone {
				via := ""
				if name, e := d.outletFrom(d.skipDet(i, k), k); e == k {
					via = name
				}
				return d.resolveBy(m, k, "after/frame"), d.span(k, fEnd), via, true
			}
		}
	}
	// "« … », selon X."
	if a, ok := d.frameAt(i, false); ok {
		if m := d.speakerAfter(a, end); m.kind != mNone {
			return d.resolveBy(m, i, "after/frame"), d.span(i, a), "", true
		}
	}
	// Inverted: the verb comes first, maybe after clitics ("se réjouit",
	// "lui a répondu") and an adverb.
	j := i
	for j < end && j < i+2 && d.lang == "fr" && d.toks[j].has(cClitic) {
		j++
	}
	for k := j; k < j+2 && k < end; k++ {
		vEnd, _, pron, ok := d.verbAt(k)
		if !ok || k > j && !d.toks[j].has(xFrAdverb|xEnAux) {
			continue
		}
		var m mention
		if pron != "" {
			m = pronMention(k, vEnd, pron)
		} else {
			m = d.speakerAfter(vEnd, end)
		}
		if m.kind != mNone {
			return d.resolveBy(m, k, "after/inverted"), d.span(i, vEnd), d.viaIn(vEnd, end), true
		}
	}
	// Subject first: the verb follows a noun phrase, maybe with a long
	// apposition ("Harry Kaz, director of …, said").
	for k := i + 1; k < end && k < i+40; k++ {
		vEnd, _, pron, ok := d.verbAt(k)
		if !ok {
			continue
		}
		m := d.speakerBefore(i, k)
		if pron != "" {
			m = pronMention(k, vEnd, pron)
		}
		if m.kind == mNone {
			return who{}, "", "", false
		}
		return d.resolveBy(m, i, "after/subject-verb"), d.span(d.auxStart(k), vEnd), d.viaIn(vEnd, end), true
	}
	return who{}, "", "", false
}

// participle reports a present participle after a comma: "…, adding",
// "…, estimant".
func (d *doc) participle(k int) bool {
	low := d.toks[k].Low
	return k > 0 && d.toks[k-1].Text == "," && (d.lang == "en" && strings.HasSuffix(low, "ing") || d.lang == "fr" && strings.HasSuffix(low, "ant"))
}

// cueEcho reads a cue in the sentence after a quotation that ends its
// own: "« … ». C'est ce qu'a déclaré X mardi."
func (d *doc) cueEcho(q qspan) (who, string, string, bool) {
	c := q.close
	if c < 0 {
		return who{}, "", "", false
	}
	i := c + 1
	if i < len(d.toks) && d.toks[i].Para == q.para && d.isFinal(i) {
		i++
	} else if c == 0 || !d.isFinal(c-1) {
		return who{}, "", "", false
	}
	a, ok := d.echoAt(i)
	if !ok || d.toks[i].Para != q.para {
		return who{}, "", "", false
	}
	end := d.sentenceEnd(a)
	vEnd, _, pron, ok := d.verbAt(a)
	if !ok {
		return who{}, "", "", false
	}
	m := d.speakerAfter(vEnd, end)
	if pron != "" {
		m = pronMention(a, vEnd, pron)
	}
	if m.kind == mNone {
		return who{}, "", "", false
	}
	return d.resolveBy(m, a, "after/echo"), d.span(i, vEnd), d.viaIn(vEnd, end), true
}

// auxStart widens a verb match back over its auxiliary ("has said", "a
// dénoncé", "a aussi rappelé"), since a scan from the right meets the
// participle first.
func (d *doc) auxStart(k int) int {
	if k > 0 && (d.toks[k-1].Low == "has" || d.toks[k-1].Low == "had") {
		return k - 1
	}
	j := k - 1
	for j >= 0 && k-j <= 3 && d.toks[j].has(xFrAdverb) {
		j--
	}
	if j >= 0 && j < k && d.toks[j].has(xFrAux) && d.inq[j] < 0 {
		if end, _, _, ok := d.verbAt(j); ok && end == k+1 {
			return j
		}
	}
	return k
}

const maxCueReach = 80

// cueBefore reads the attribution that introduces a quotation: "X a
// déclaré : «", "X said, “", "Selon X, «", or a preceding sentence ending in a
// colon.
func (d *doc) cueBefore(qi int, q qspan) (who, string, string, bool) {
	o := q.open
	if o < 0 {
		return who{}, "", "", false
	}
	// A cue stands within a few dozen words of its quote; looking further
	// back would make a long run of quotes quadratic.
	s := max(d.sentenceStart(o), o-maxCueReach)
	if qi > 0 && d.quotes[qi-1].para == q.para && d.quotes[qi-1].close >= s {
		s = d.quotes[qi-1].close + 1
	}
	end := o
	for end > s && d.toks[end-1].Kind == tPunct && d.toks[end-1].Text != ":" {
		end--
	}
	if end <= s {
		// The quote opens its sentence: a colon just before may introduce it.
		p := o - 1
		if p < 0 || d.toks[p].Text != ":" || d.inq[p] >= 0 {
			return who{}, "", "", false
		}
		s, end = d.sentenceStart(p), p+1
	}
	for k := end - 1; k >= s; k-- {
		if d.inq[k] >= 0 {
			break
		}
		if _, ok := d.frameAt(k, true); !ok {
			if sa, sb, fEnd, ok := d.slotFrameAt(k, end); ok {
				// "As X put it, « … »", "In X's words, « … »".
				if m := d.slotMention(sa, sb); m.kind != mNone {
					return d.resolveBy(m, k, "before/frame"), d.span(k, fEnd), "", true
				}
			}
		}
		if a, ok := d.frameAt(k, k == d.sentenceStart(o)); ok && a < end {
			// "Selon X, « … »"; "Pour X, « … »" only up to its comma.
			b := end
			if d.toks[k].has(xFrame) && !d.lex.frames.plain(d.toks[k].Low) {
				if b = d.commaAfter(a, o); b < 0 {
					continue
				}
			}
			if m := d.speakerAfter(a, b); m.kind != mNone {
				return d.resolveBy(m, k, "before/frame"), d.span(k, a), "", true
			}
		}
		vEnd, _, pron, ok := d.verbAt(k)
		if !ok || vEnd > end {
			continue
		}
		var m mention
		switch {
		case pron != "":
			m = pronMention(k, vEnd, pron)
		case d.toks[k].Low == "according":
			m = d.speakerAfter(vEnd, end)
		case d.participle(k):
			// "X praised the volunteers, adding that « … »": the
			// participle's subject is the sentence's.
			m = d.speakerInChunks(s, k, false)
		default:
			m = d.speakerBefore(s, k)
		}
		if m.kind != mNone {
			return d.resolveBy(m, k, "before/verb"), d.span(d.auxStart(k), vEnd), d.viaIn(vEnd, end), true
		}
	}
	if d.toks[end-1].Text == ":" {
		// Without a verb, only a person can introduce the quote: "L'artiste,
		// plutôt discret, … :" but not "une collaboration avec … :".
		// Read from the sentence start: in "Parmi les invités, une
		// collaboration avec X, mais aussi Y :" nobody is a verb's subject.
		m := d.speakerInChunks(s, d.trimTrailing(s, end-1), false)
		if m.kind == mName || m.kind == mPron || m.kind == mRole && d.hasRoleNoun(d.skipDet(m.roleA, m.roleB), d.skipDet(m.roleA, m.roleB)+1) {
			return d.resolveBy(m, s, "before/colon"), "", "", true
		}
	}
	return who{}, "", "", false
}

// viaIn finds an outlet the words were relayed through: "told CNN", "a
// déclaré au Figaro", "in an interview with Le Monde".
func (d *doc) viaIn(a, b int) string {
	for k := a; k < b; k++ {
		if d.toks[k].has(xViaWord) {
			j := k + 1
			if j < b && d.toks[j].has(xDeterminer) {
				j++
			}
			if name, end := d.outletFrom(j, b); end > j {
				return name
			}
		}
	}
	if k := a - 1; k >= 0 && d.toks[k].Low == "told" {
		if name, end := d.outletFrom(a, b); end > a {
			return name
		}
	}
	return ""
}
