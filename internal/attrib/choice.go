package attrib

import (
	"math"
	"sort"
	"strings"
)

// An uncued quotation has no cue to read its speaker from: the grammar does
// not decide. The engine gathers the people and bodies it may belong to
// (candidates), describes each by a few general features (its relation to
// the previous quote and to the reported speech before, how near and how
// prominent it was named, whether it spoke before, its type) and takes the
// candidate of the highest score, a weighted sum of the features. The
// weights are learned from annotated articles by the train command
// (internal/attrib/train) and embedded as lexicon/weights.txt (weights.go).

// The features, in the order of a candidate's vector. Each is 0 or 1, or a
// fraction in [0, 1]. Their names are the weights file's keys: a change
// here must be followed by a run of the train command.
const (
	fReported     = iota // speaker of reported speech since the previous quote
	fReportedNear        // ... within a paragraph of this quote
	fPrevious            // speaker of the previous quote
	fPreviousNear        // ... within two paragraphs
	fPreviousGap         // paragraphs since the previous quote, /4, capped at 1
	fLastCued            // speaker of the last quote cued with a name
	fRecent              // the person named last outside quotations
	fPersonRank          // rank among the persons named last, /4, capped at 1
	fParaDist            // paragraphs since it was last named or spoke, /4, capped
	fSamePara            // named in the quote's paragraph, before it
	fSubject             // its last naming before the quote was a clause's subject
	fNextSubject         // subject of the sentence just after the quote
	fNamedAfter          // named just after the quote, not as the subject
	fSpoke               // spoke before: a cued quote or reported speech
	fSpokeCount          // how often it spoke before, log2(1+n)/4, capped
	fHasRole             // the article gave it a role ("the mayor, X")
	fPerson              // an entity read as a person
	fOrg                 // an organisation
	fRolePhrase          // a role phrase that names no entity ("a council official")
	fGenderKnown         // a person whose gender the article tells
	fInQuote             // named inside the quotation itself
	fAfterPrep           // last named after a preposition: a complement ("the head of X")
	fActor               // spoke or was a clause's subject before: it acts in the story
	fInPrevQuote         // named inside the previous quotation
	nFeatures
)

var featureNames = [nFeatures]string{
	"reported-speech", "reported-speech-near", "previous-quote", "previous-quote-near",
	"previous-gap", "last-cued-speaker", "recent-person", "person-rank", "paragraph-distance",
	"same-paragraph", "subject", "next-subject", "named-after", "spoke-before", "spoke-count",
	"has-role", "person", "organisation", "role-phrase", "gender-known", "named-in-quote",
	"after-preposition", "actor", "named-in-previous-quote",
}

// candidate is one speaker an uncued quotation may take.
type candidate struct {
	w who
	f [nFeatures]float32
	// at is the last token where it was named or spoke before the quote.
	at int
}

// candidates bounds: the persons named last and the organisations named
// last that are weighed, and how many names back the scan looks.
const (
	maxRecentPersons = 4
	maxRecentOrgs    = 2
	candLookBack     = 40
	// actorReach bounds, in tokens, how far back a candidate is looked
	// for as a clause's subject: subjectSince walks the names between.
	actorReach = 2000
)

// gather returns the candidates for items[i], an uncued quote, in a
// fixed order (reported speech, previous quote, then the names by
// recency), each speaker once with the features of every way it came.
func (d *doc) gather(items []dq, i int, buf []candidate) []candidate {
	cs := buf[:0]
	it := &items[i]
	para := it.q.para
	add := func(w who, at int) *candidate {
		for k := range cs {
			c := &cs[k]
			if w.ent != nil && c.w.ent == w.ent || w.ent == nil && c.w.ent == nil && c.w.name == w.name {
				c.at = max(c.at, at)
				return c
			}
		}
		cs = append(cs, candidate{w: w, at: at})
		return &cs[len(cs)-1]
	}
	entWho := func(e *entity) who {
		return who{name: e.name, desc: e.desc, ent: e, how: "name/fullest-form"}
	}
	prev := -1
	if i > 0 {
		prev = items[i-1].first
	}
	if ev, ok := d.lastEvent(prev, it.first); ok {
		c := add(ev.who, ev.tok)
		c.f[fReported] = 1
		if para-d.toks[ev.tok].Para <= 1 {
			c.f[fReportedNear] = 1
		}
	}
	if i > 0 && items[i-1].who.name != "" {
		p := &items[i-1]
		c := add(p.who, p.first)
		c.f[fPrevious] = 1
		gap := int(para - p.q.para)
		if gap <= 2 {
			c.f[fPreviousNear] = 1
		}
		c.f[fPreviousGap] = frac(gap, 4)
	}
	// The last quote cued with a name, an entity's or a role phrase's.
	s, ok := lastBefore(d.speakers, it.first)
	if u, uok := lastBefore(d.roleSpoke, it.first); uok && (!ok || u.tok > s.tok) {
		s, ok = u, true
	}
	if ok && s.who.name != "" {
		c := add(s.who, s.tok)
		c.f[fLastCued] = 1
	}
	// The names before the quote, nearest first.
	es := d.ents
	hi := es.before(it.first)
	persons, orgs := 0, 0
	for k := hi - 1; k >= 0 && hi-k <= candLookBack && (persons < maxRecentPersons || orgs < maxRecentOrgs); k-- {
		o := es.occ[k]
		e := o.ent
		if o.inQuote || e.outlet || e.place {
			continue
		}
		var c *candidate
		switch {
		case !e.org && e.person && persons < maxRecentPersons:
			if seen(cs, e, fPersonRank) {
				continue
			}
			c = add(entWho(e), o.pos)
			if persons == 0 {
				c.f[fRecent] = 1
			}
			c.f[fPersonRank] = frac(persons, 4) + 1e-3 // nonzero: ranked
			persons++
		case e.org && orgs < maxRecentOrgs:
			if seen(cs, e, fOrg) {
				continue
			}
			c = add(entWho(e), o.pos)
			c.f[fOrg] = 1
			orgs++
		default:
			continue
		}
		if e.lastBefore(it.first) == o.pos {
			if o.subject {
				c.f[fSubject] = 1
			}
			if o.pos > 0 && d.toks[o.pos-1].isPrep() {
				c.f[fAfterPrep] = 1
			}
		}
	}
	// The sentence after the quote: its subject often tells who spoke
	// ("« … » The mayor, X, went on …").
	if a, b := d.afterWindow(it); a < b {
		for k := es.before(a); k < len(es.occ) && es.occ[k].pos < b; k++ {
			o := es.occ[k]
			e := o.ent
			if o.inQuote || e.outlet || e.place || !e.person && !e.org {
				continue
			}
			c := add(entWho(e), -1)
			if o.subject || d.verbEndsAt(o.pos) {
				c.f[fNextSubject] = 1
			} else {
				c.f[fNamedAfter] = 1
			}
		}
	}
	var prevQ *dq
	if i > 0 {
		prevQ = &items[i-1]
	}
	for k := range cs {
		d.describe(&cs[k], it, prevQ)
	}
	return cs
}

// sameSpeaker reports that a and b are one speaker: one entity, or one
// name when neither has an entity.
func sameSpeaker(a, b who) bool {
	if a.ent != nil || b.ent != nil {
		return a.ent == b.ent
	}
	return a.name == b.name
}

// seen reports that e is a candidate already holding feature f.
func seen(cs []candidate, e *entity, f int) bool {
	for k := range cs {
		if cs[k].w.ent == e && cs[k].f[f] != 0 {
			return true
		}
	}
	return false
}

// describe sets the features a candidate has whichever way it came.
func (d *doc) describe(c *candidate, it, prevQ *dq) {
	para := it.q.para
	e := c.w.ent
	at := c.at
	if e != nil {
		if p := d.ents.lastPos(e, it.first); p > at {
			at = p
		}
		switch {
		case e.org:
			c.f[fOrg] = 1
		case e.person:
			c.f[fPerson] = 1
			if e.gender != "" {
				c.f[fGenderKnown] = 1
			}
		}
		if len(e.roles) > 0 {
			c.f[fHasRole] = 1
		}
		if k := sort.SearchInts(e.occPos, it.first); k < len(e.occPos) && e.occPos[k] < it.last {
			c.f[fInQuote] = 1
		}
		if prevQ != nil {
			if k := sort.SearchInts(e.occPos, prevQ.first); k < len(e.occPos) && e.occPos[k] < prevQ.last {
				c.f[fInPrevQuote] = 1
			}
		}
	} else {
		c.f[fRolePhrase] = 1
	}
	if at >= 0 {
		gap := int(para - d.toks[at].Para)
		c.f[fParaDist] = frac(gap, 4)
		if gap == 0 && at < it.first {
			c.f[fSamePara] = 1
		}
	} else {
		c.f[fParaDist] = 0
	}
	n := d.spokeBefore(c.w, it.first)
	if n > 0 || e != nil && d.ents.subjectSince(e, max(-1, it.first-actorReach), it.first) {
		c.f[fActor] = 1
	}
	if n > 0 {
		c.f[fSpoke] = 1
		c.f[fSpokeCount] = float32(math.Min(1, math.Log2(1+float64(n))/4))
	}
}

// spokeBefore counts the attributions to w before token pos, the last
// 64 of each list at most: the count is a feature, not a census.
func (d *doc) spokeBefore(w who, pos int) int {
	n := 0
	for _, list := range [][]event{d.speakers, d.events, d.roleSpoke} {
		hi := eventsBefore(list, pos)
		for k := hi - 1; k >= 0 && hi-k <= 64; k-- {
			if s := list[k].who; w.ent != nil && s.ent == w.ent || w.ent == nil && s.ent == nil && s.name == w.name {
				n++
			}
		}
	}
	return n
}

// afterWindow bounds the sentence after quote it: the rest of its own
// sentence and the next one, or the first sentence of the next paragraph
// when the quote ends its own.
func (d *doc) afterWindow(it *dq) (int, int) {
	k := it.last
	if it.q.close >= 0 {
		k = it.q.close + 1
	}
	for k < len(d.toks) && d.toks[k].Kind == tPunct && d.toks[k].Para == it.q.para {
		k++
	}
	if k >= len(d.toks) || d.toks[k].Para > it.q.para+1 {
		return 0, 0
	}
	e := d.sentenceEnd(k)
	if d.toks[k].Para == it.q.para && d.sentenceStart(k) < k && e+1 < len(d.toks) && d.toks[e+1].Para == it.q.para {
		// The quote's sentence goes on: take the next one too.
		e = d.sentenceEnd(e + 1)
	}
	return k, e
}

// lastBefore returns the last event of list before token pos.
func lastBefore(list []event, pos int) (event, bool) {
	if k := eventsBefore(list, pos); k > 0 {
		return list[k-1], true
	}
	return event{}, false
}

// eventsBefore counts the events of list, in text order, before token
// pos: the lists span the whole article, so a scan from their end would
// make a long article quadratic.
func eventsBefore(list []event, pos int) int {
	return sort.Search(len(list), func(i int) bool { return list[i].tok >= pos })
}

func frac(n, of int) float32 {
	if n <= 0 {
		return 0
	}
	if n >= of {
		return 1
	}
	return float32(n) / float32(of)
}

// score is a candidate's weighted sum.
func (c *candidate) score(w *[nFeatures]float64) float64 {
	s := 0.0
	for k, x := range c.f {
		s += w[k] * float64(x)
	}
	return s
}

// cascade is the fixed order the engine followed before the weights, and
// still follows for a class of quotes where they do not do better: the
// reported speech since the last quote, within a paragraph; the previous
// quote's speaker, within two; the person named last. It returns the
// speaker and the name of the rule ("" when none applies).
func (d *doc) cascade(items []dq, i int) (who, string) {
	it := &items[i]
	prev := -1
	if i > 0 {
		prev = items[i-1].first
	}
	if ev, ok := d.lastEvent(prev, it.first); ok && it.q.para-d.toks[ev.tok].Para <= 1 {
		return ev.who, "inherit/reported-speech"
	}
	if i > 0 && items[i-1].who.name != "" && it.q.para-items[i-1].q.para <= 2 {
		return items[i-1].who, "inherit/previous-quote"
	}
	if !it.cued {
		if e := d.ents.recentPerson(it.first, ""); e != nil {
			return who{name: e.name, desc: e.desc, ent: e, how: "name/fullest-form"}, "inherit/recent-person"
		}
	}
	return who{}, ""
}

// choose gives items[i] its speaker when nothing cued it: the learned
// choice where the weights file enables it for the article's language and
// the quote's class, else the cascade.
func (d *doc) choose(items []dq, i int) {
	it := &items[i]
	w, rule := d.cascade(items, i)
	if it.cued {
		// A cue that names nobody: the cascade's.
	} else if d.record != nil {
		// SpeakerChoices: no weights are read, so that the train command
		// runs whatever the file holds.
		d.note(it, d.gather(items, i, nil), w, rule)
	} else if wt := getWeights(); wt.learned[d.lang+" "+classOf(rule, w)] {
		cs := d.gather(items, i, d.scr.choice)
		d.scr.choice = cs[:0]
		if len(cs) > 0 {
			best, bs := 0, math.Inf(-1)
			for k := range cs {
				if s := cs[k].score(&wt.w); s > bs {
					best, bs = k, s
				}
			}
			// Where it agrees with the cascade, the cascade's rule names
			// the construction; "inherit/learned" marks where it overrode.
			if b := cs[best].w; rule == "" || !sameSpeaker(b, w) {
				w, rule = b, "inherit/learned"
			}
		}
	}
	if rule == "" {
		return
	}
	it.who = w
	it.who.mention, it.who.rule = "", rule
}

// classOf names the class of a quote in the weights file: the cascade's
// rule, or "role-phrase" when the cascade gives it a role phrase that
// names no entity, whatever the rule (sets that annotate only named
// speakers cannot teach when such a phrase is right).
func classOf(rule string, w who) string {
	switch {
	case rule == "":
		return "none"
	case w.ent == nil && w.name != "":
		return "role-phrase"
	}
	return strings.TrimPrefix(rule, "inherit/")
}
