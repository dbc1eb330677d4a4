package attrib

import (
	"sort"
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// Options tune one extraction.
type Options struct {
	// Lang is "fr", "en", or "" to detect it from the text.
	Lang string
	// MaxQuotes and MaxMentions, when above 0, keep only the first quotes
	// and source mentions in text order (Result.Dropped counts the rest):
	// a store's bound on one article, kept as the body is read so that a
	// body of hundreds of thousands of quotes never holds them all.
	MaxQuotes, MaxMentions int
}

// doc is the working state of one extraction: the text, its tokens and the
// indexes the rules share.
type doc struct {
	src    string
	lang   string
	lex    *lexicon
	verbs  map[string]*verbInfo
	toks   []token
	quotes []qspan
	inq    []int32 // per token: index of the quotation holding it, or -1
	ents   *entities
	vcache []verbHit
	scr    *scratch
	// sentStart and sentEnd bound the sentence of each token (see
	// indexSentences).
	sentStart, sentEnd []int32
	ofirst             []uint8 // per token: 0 unknown, 1 or 2 when it may start an outlet's name
	// names memoises nameAt per token: 0 unknown, -1 none, else 1 + an
	// index into namePool.
	names    []int32
	namePool []nameSeq
	// events are the reported-speech attributions, in text order.
	events []event
	// speakers are the attributed direct quotations so far, in text order.
	speakers []event
	relays   []relay // the outlets quotations were relayed through
	said     []event // every attributed direct quotation, inherited or not
	// unnamed are the speakers known only by an indefinite role phrase ("a
	// harbour official"), which a later "the official" continues.
	unnamed []event
	// roleSpoke are the quotations cued to a role phrase that names no
	// entity ("a précisé la préfecture"): a speaker all the same.
	roleSpoke []event
	// incises maps a quotation's index to the attribution inside its marks.
	incises map[int]incise
	// record, set by SpeakerChoices, collects the candidates of the uncued
	// quotations and of the pronouns at cues, which the rules then decide
	// (choice.go, pronoun.go).
	record  *[]Choice
	pronRec map[int]pronRecord // SpeakerChoices: the pronouns resolved, by token
}

// Extract finds the quotations, speakers and sources of one article body.
// The body should already be clean (see text.Sanitize); Extract never
// panics on any input and its offsets always fall on rune boundaries.
func Extract(body string, opt Options) Result {
	if len(body) > partMax {
		return extractParts(body, opt)
	}
	return extractWhole(body, opt).cut(opt.MaxQuotes, opt.MaxMentions)
}

func extractWhole(body string, opt Options) Result {
	sc := scratchPool.Get().(*scratch)
	res, keep := extractWith(body, opt, sc)
	if keep {
		scratchPool.Put(sc)
	}
	return res
}

// extractWith extracts body with sc as its working memory, and reports
// whether sc is worth keeping for another body.
func extractWith(body string, opt Options, sc *scratch) (Result, bool) {
	d := newDocWith(body, opt, sc)
	res := d.run()
	return res, d.keep()
}

func newDoc(body string, opt Options) *doc {
	return newDocWith(body, opt, scratchPool.Get().(*scratch))
}

func newDocWith(body string, opt Options, sc *scratch) *doc {
	d := &doc{src: body, lex: getLexicon(), scr: sc}
	d.scr.paras = text.AppendParagraphs(d.scr.paras[:0], body)
	z := tokenize(body, d.scr.paras, d.scr, d.lex)
	d.toks = z.toks
	d.lang = opt.Lang
	if d.lang == "" || d.lang == "auto" {
		d.lang = detectLang(z.fr, z.en, z.nwords)
	}
	d.verbs = d.lex.verbs[d.lang] // nil for other languages: no verbs guessed
	d.markLowerSeen(z.cands, z.lower, &z.bloom)
	d.namePool = d.scr.names[:0]
	d.events, d.speakers, d.unnamed = d.scr.events[0][:0], d.scr.events[1][:0], d.scr.events[2][:0]
	d.roleSpoke, d.said = d.scr.events[3][:0], d.scr.events[4][:0]
	d.quotes, d.scr.stack = findQuotes(d.toks, d.scr.quotes[:0], d.scr.stack[:0])
	d.inq = int32s(&d.scr.i32[0], len(d.toks))
	for i := range d.inq {
		d.inq[i] = -1
	}
	for qi, q := range d.quotes {
		lo, hi := q.first, q.last
		if q.open >= 0 {
			lo = q.open
		}
		if q.close >= 0 {
			hi = q.close + 1
		}
		for i := lo; i < hi; i++ {
			d.inq[i] = int32(qi)
		}
	}
	d.incises = map[int]incise{}
	for qi, q := range d.quotes {
		if in, ok := d.findIncise(q); ok {
			d.incises[qi] = in
			for i := in.comma; i <= in.end; i++ {
				d.inq[i] = -1
			}
		}
	}
	d.sentStart, d.sentEnd = nil, nil // incises changed what is quoted
	return d
}

func (d *doc) run() Result {
	res := Result{Lang: d.lang}
	d.ents = d.collectEntities()
	var indirect []Quote
	if d.verbs != nil {
		// Reported speech first: its speakers tell uncued quotations who
		// spoke last.
		indirect = d.indirectQuotes()
	}
	var sources *sourceSet
	if d.verbs != nil {
		sources = d.findSources()
	}
	res.Quotes = mergeQuotes(d.directQuotes(), indirect)
	if sources != nil {
		d.speakingSources(sources)
		res.Sources = sources.sources()
	}
	res.Speakers = summarizeSpeakers(res.Quotes, d.ents)
	if res.Quotes == nil {
		res.Quotes = []Quote{}
	}
	if res.Sources == nil {
		res.Sources = []Source{}
	}
	return res
}

// markLowerSeen marks the capitalised words that open a sentence and that
// the article also writes in lower case ("Unlike", "Overstating"): those
// are common words, not names (token.lowerSeen).
//
// The tokenizer noted the openers (cands) and a bitmap of their hashes
// (bloom); they go in a small table keyed by their hashes, and the bitmap
// turns away nearly every lower-case word before the table.
func (d *doc) markLowerSeen(cands []int32, lower []lowerWord, bloom *[64]uint64) {
	if len(cands) == 0 {
		return
	}
	size := uint32(16)
	for size < uint32(2*len(cands)) {
		size <<= 1
	}
	mask := size - 1
	if cap(d.scr.candSlots) < int(size) {
		d.scr.candSlots = make([]int32, size)
	}
	slots := d.scr.candSlots[:size]
	clear(slots)
	// The same word may open many sentences: only its first opener goes
	// in the table, and rep ties every opener to it (seen is per first).
	rep := int32s(&d.scr.candRep, len(cands))
	seen := d.scr.candSeen[:0]
	for k, i := range cands {
		t := &d.toks[i]
		for s := t.hash & mask; ; s = (s + 1) & mask {
			if slots[s] == 0 {
				slots[s] = int32(k + 1)
				rep[k] = int32(k)
				break
			}
			if r := slots[s] - 1; d.toks[cands[r]].hash == t.hash && d.toks[cands[r]].Low == t.Low {
				rep[k] = r
				break
			}
		}
		seen = append(seen, false)
	}
	d.scr.candSeen = seen
	for _, lw := range lower {
		if bloom[lw.hash>>6&63]&(1<<(lw.hash&63)) == 0 {
			continue
		}
		t := &d.toks[lw.tok]
		if len(t.Low) < 2 {
			continue
		}
		for s := t.hash & mask; slots[s] != 0; s = (s + 1) & mask {
			r := slots[s] - 1
			if c := &d.toks[cands[r]]; c.hash == t.hash && c.Low == t.Low {
				seen[r] = true
				break
			}
		}
	}
	for k, i := range cands {
		d.toks[i].lowerSeen = seen[rep[k]]
	}
}

// event is a speaker seen attributing words at token tok.
type event struct {
	tok int
	who who
}

// before returns the events of evs, which are in the text's order, that
// come before token pos: a lookup walks back from the end of it, never
// over the rest of a long article.
func before(evs []event, pos int) []event {
	return evs[:sort.Search(len(evs), func(i int) bool { return evs[i].tok >= pos })]
}

// lastHeard is the last speech before token pos: a quote's speaker named
// or unnamed, or reported speech.
func (d *doc) lastHeard(pos int) (event, bool) {
	last, found := event{}, false
	for _, list := range [][]event{d.speakers, d.events, d.roleSpoke} {
		if l := before(list, pos); len(l) > 0 && (!found || l[len(l)-1].tok > last.tok) {
			last, found = l[len(l)-1], true
		}
	}
	return last, found
}

// span returns the article text covered by tokens [a, b).
func (d *doc) span(a, b int) string {
	if a >= b || a < 0 || b > len(d.toks) {
		return ""
	}
	return d.src[d.toks[a].Start:d.toks[b-1].End]
}

// isFinal reports whether token i ends a sentence: a full stop, question or
// exclamation mark that is not the period of an abbreviation or initial.
func (d *doc) isFinal(i int) bool { return d.toks[i].final }

// sentenceStart returns the first token of the sentence holding token i,
// looking back no further than its paragraph and skipping over quotations.
// The bounds of every sentence are computed once, so asking is O(1): a
// scan back per quotation would make a long paragraph of quotes quadratic.
func (d *doc) sentenceStart(i int) int {
	d.indexSentences()
	return int(d.sentStart[i])
}

// sentenceEnd returns the index just past the sentence holding token i (its
// final punctuation excluded).
func (d *doc) sentenceEnd(i int) int {
	d.indexSentences()
	return int(d.sentEnd[i])
}

func (d *doc) indexSentences() {
	if d.sentStart != nil || len(d.toks) == 0 {
		return
	}
	n := len(d.toks)
	d.sentStart, d.sentEnd = int32s(&d.scr.i32[2], n), int32s(&d.scr.i32[3], n)
	// One pass: a sentence's start is known at its first token, its end
	// once reached, and then written back over its tokens (pend on).
	fill := func(from, to, end int) {
		for k := from; k < to; k++ {
			d.sentEnd[k] = int32(end)
		}
	}
	start, pend := 0, 0
	for i := range d.toks {
		t := &d.toks[i]
		if i > 0 {
			if t.Para != d.toks[i-1].Para {
				fill(pend, i, i)
				start, pend = i, i
			} else if d.inq[i-1] < 0 && d.toks[i-1].final {
				start = i
			}
		}
		d.sentStart[i] = int32(start)
		if d.inq[i] < 0 && t.final {
			fill(pend, i+1, i)
			pend = i + 1
		}
	}
	fill(pend, n, n)
}

// verbAt matches a speech verb starting at token i: a finite form, an
// auxiliary and past participle ("a déclaré", "a-t-il expliqué"), a
// pronominal form ("s'est félicité"), or "according to". It returns the index
// past the verb, its lemma data, and the inverted subject pronoun if the verb
// carries one ("-t-il").
func (d *doc) verbAt(i int) (end int, v verbInfo, pron string, ok bool) {
	if i < 0 || i >= len(d.toks) || !d.toks[i].verbish {
		return 0, v, "", false
	}
	// Every rule asks about verbs; each token is matched once. The cache
	// is kept small (16 bytes a token) since it spans the whole article.
	if d.vcache == nil {
		if cap(d.scr.vcache) < len(d.toks) {
			d.scr.vcache = make([]verbHit, len(d.toks))
		}
		d.vcache = d.scr.vcache[:len(d.toks)]
		clear(d.vcache)
	}
	h := &d.vcache[i]
	if h.state == 0 {
		end, vp, pron, ok := d.matchVerb(i)
		h.state = 1
		if ok {
			h.state = 2
			h.end = int32(end)
			h.pron = pronIndex(pron)
			h.v = vp
		}
	}
	if h.state != 2 {
		return 0, v, "", false
	}
	return int(h.end), *h.v, pronouns[h.pron], true
}

type verbHit struct {
	v     *verbInfo
	end   int32
	pron  uint8
	state uint8 // 0 unknown, 1 no verb, 2 verb
}

var pronouns = []string{"", "il", "elle", "on", "ils", "elles"}

func pronIndex(p string) uint8 {
	for i, x := range pronouns {
		if x == p {
			return uint8(i)
		}
	}
	return 0
}

var accordingTo = &verbInfo{Lemma: "according to", Indirect: true}

// matchVerb does verbAt's matching; the verb data it returns is the
// lexicon's own, shared.
func (d *doc) matchVerb(i int) (end int, v *verbInfo, pron string, ok bool) {
	if d.verbs == nil || i >= len(d.toks) || d.toks[i].Kind != tWord {
		return 0, v, "", false
	}
	low, pron := splitInversion(d.toks[i].Low)
	cls := d.classOf(i, low)
	if d.lang == "en" {
		if low == "according" && i+1 < len(d.toks) && d.toks[i+1].Low == "to" {
			return i + 2, accordingTo, "", true
		}
		if cls&xVerbEn == 0 {
			return 0, v, "", false
		}
		v, ok = d.verbs[low]
		if ok && (d.passiveBefore(i) || d.insideName(i)) {
			return 0, v, "", false
		}
		return i + 1, v, "", ok
	}
	refl := i > 0 && (d.toks[i-1].Low == "se" || d.toks[i-1].Low == "s'")
	if cls&xFrAux != 0 {
		j := i + 1
		for k := 0; k < 3 && j < len(d.toks) && d.toks[j].has(xFrAdverb); k++ {
			j++
		}
		if j < len(d.toks) {
			p2, pr2 := splitInversion(d.toks[j].Low)
			if pron == "" {
				pron = pr2
			}
			if v, ok := d.lookupFr(p2, d.classOf(j, p2), refl); ok && (low != "est" && low != "sont" && low != "etait" || refl) {
				return j + 1, v, pron, true
			}
		}
		return 0, v, "", false
	}
	v, ok = d.lookupFr(low, cls, refl)
	// "le juge d'instruction", "la critique de l'opposition": after an
	// article and before its complement, the form is a noun.
	if ok && i > 0 && i+1 < len(d.toks) && d.toks[i-1].has(xArticle) && d.toks[i-1].Low != "l'" && d.toks[i+1].has(xPartitive) {
		return 0, v, "", false
	}
	if !ok && cls&xVerbFrInf != 0 && i > 0 && d.toks[i-1].has(xInfMark) {
		v, ok = d.lex.verbs["fr-inf"][low]
	}
	return i + 1, v, pron, ok
}

// classOf returns the classes of low, token i's folded form or a part of
// it, without a probe when it is the token's own.
func (d *doc) classOf(i int, low string) uint64 {
	if low == d.toks[i].Low {
		return d.toks[i].cls
	}
	return d.lex.words.class(low)
}

// lookupFr finds a French verb form whose classes are cls: the table is
// only asked when the classes say the form is in it.
func (d *doc) lookupFr(form string, cls uint64, refl bool) (*verbInfo, bool) {
	if refl {
		if cls&xVerbFrPron == 0 {
			return nil, false
		}
		v, ok := d.lex.verbs["fr-pron"][form]
		return v, ok
	}
	if cls&xVerbFr == 0 {
		return nil, false
	}
	v, ok := d.verbs[form]
	return v, ok
}

// splitInversion strips a French inverted subject pronoun: "a-t-il" → "a", "il".
func splitInversion(low string) (string, string) {
	if strings.IndexByte(low, '-') < 0 {
		return low, ""
	}
	for _, suf := range []string{"-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-on"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			p := suf[strings.LastIndexByte(suf, '-')+1:]
			return strings.TrimSuffix(low, suf), p
		}
	}
	return low, ""
}

// passiveBefore reports an English verb at token i made passive by a form of
// "be" before it, an adverb in "-ly" allowed between: "is literally called",
// "was told". "is saying" is no passive.
func (d *doc) passiveBefore(i int) bool {
	if strings.HasSuffix(d.toks[i].Low, "ing") {
		return false
	}
	k := i - 1
	if k > 0 && strings.HasSuffix(d.toks[k].Low, "ly") {
		k--
	}
	return k >= 0 && d.toks[k].Kind == tWord && d.toks[k].has(xPassive)
}

// insideName reports an English verb form written with a capital between
// two capitalised words of a sentence that is not in title case: a word of
// a name ("the Lagos State Police Command"), not a verb ("State").
func (d *doc) insideName(i int) bool {
	if !d.toks[i].cap() || i == 0 || i+1 >= len(d.toks) || !d.toks[i-1].cap() || !d.toks[i+1].cap() ||
		d.toks[i-1].Kind != tWord || d.toks[i+1].Kind != tWord {
		return false
	}
	for k, e := d.sentenceStart(i), d.sentenceEnd(i); k < e; k++ {
		if t := &d.toks[k]; t.Kind == tWord && startsLower(t.Text) && len(t.Low) > 3 {
			return true
		}
	}
	return false
}
