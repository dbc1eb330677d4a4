package attrib

import "math"

// A subject pronoun at a cue ("he said", "a-t-elle ajouté") stands for a
// person named before. The rule (resolve.go) takes the speaker last heard
// unless someone else has since been a sentence's subject, else the
// nearest person of the pronoun's gender. The learned choice weighs the
// same candidates by features of agreement, distance and prominence, with
// weights from the train command, for the classes (the rule's resolution)
// the weights file hands it.

// The pronoun features, in the order of a candidate's vector; their names
// in the weights file carry the prefix "pronoun:".
const (
	pLastSpeaker  = iota // the speaker last heard (the rule's first choice)
	pRecentAgree         // the nearest person the pronoun's gender allows
	pRank                // rank among the persons named last, /4, capped at 1
	pGenderAgree         // its gender is the pronoun's
	pGenderClash         // its gender is known and is not the pronoun's
	pSubjectSince        // a clause's subject since the last speaker spoke
	pSubject             // its last naming was a clause's subject
	pSameSentence        // named in the cue's sentence, before the pronoun
	pParaDist            // paragraphs since it was last named or spoke, /4, capped
	pSpoke               // spoke before
	pHasRole             // the article gave it a role
	nPronFeatures
)

var pronFeatureNames = [nPronFeatures]string{
	"last-speaker", "recent-agreeing", "person-rank", "gender-agrees", "gender-clashes",
	"subject-since-speaker", "subject", "same-sentence", "paragraph-distance", "spoke-before", "has-role",
}

// pronCand is one person a pronoun may stand for.
type pronCand struct {
	e *entity
	f [nPronFeatures]float32
}

// pronRecord is what SpeakerChoices keeps of a pronoun's resolution, by
// the pronoun's token, until its quote is known.
type pronRecord struct {
	cands []pronCand
	pick  *entity
	how   string
}

// pronounCands gathers the persons a pronoun of gender g at pos may stand
// for: the last speaker and the last four persons named outside
// quotations.
func (d *doc) pronounCands(pos int, g string, rulePick *entity) []pronCand {
	var cs []pronCand
	add := func(e *entity) *pronCand {
		for k := range cs {
			if cs[k].e == e {
				return &cs[k]
			}
		}
		cs = append(cs, pronCand{e: e})
		return &cs[len(cs)-1]
	}
	s, at := d.lastSpeaker(pos)
	if s != nil {
		add(s).f[pLastSpeaker] = 1
	}
	if e := d.ents.recentPerson(pos, g); e != nil {
		add(e).f[pRecentAgree] = 1
	}
	es := d.ents
	hi := es.before(pos)
	n := 0
	for k := hi - 1; k >= 0 && hi-k <= candLookBack && n < maxRecentPersons; k-- {
		o := es.occ[k]
		if o.inQuote || o.ent.org || !o.ent.person {
			continue
		}
		c := add(o.ent)
		if c.f[pRank] != 0 {
			continue
		}
		c.f[pRank] = frac(n, 4) + 1e-3
		if o.subject && o.ent.lastBefore(pos) == o.pos {
			c.f[pSubject] = 1
		}
		n++
	}
	if rulePick != nil {
		add(rulePick)
	}
	sent := d.sentenceStart(min(pos, len(d.toks)-1))
	para := d.toks[min(pos, len(d.toks)-1)].Para
	for k := range cs {
		c := &cs[k]
		e := c.e
		if c.f[pRank] == 0 {
			c.f[pRank] = 1
		}
		switch {
		case e.gender == "" || g == "" || g == "p":
		case e.gender == g:
			c.f[pGenderAgree] = 1
		default:
			c.f[pGenderClash] = 1
		}
		if s != nil && e != s && es.subjectSince(e, at, pos) {
			c.f[pSubjectSince] = 1
		}
		last := max(es.lastPos(e, pos), -1)
		w := who{name: e.name, ent: e}
		spoke := d.spokeBefore(w, pos)
		if ev, ok := lastBefore(d.speakers, pos); ok && ev.who.ent == e {
			last = max(last, ev.tok)
		}
		if last >= sent && last < pos {
			c.f[pSameSentence] = 1
		}
		if last >= 0 {
			c.f[pParaDist] = frac(int(para-d.toks[last].Para), 4)
		} else {
			c.f[pParaDist] = 1
		}
		if spoke > 0 {
			c.f[pSpoke] = 1
		}
		if len(e.roles) > 0 {
			c.f[pHasRole] = 1
		}
	}
	return cs
}

// choosePronoun is the learned choice for a pronoun the rule resolved to
// e by how: it returns the candidate of the highest score where the
// weights file hands the class to it, else e. SpeakerChoices records the
// candidates instead.
func (d *doc) choosePronoun(m mention, pos int, g string, e *entity, how string) (*entity, string) {
	if e == nil || how != "pronoun/last-speaker" && how != "pronoun/recent-person" {
		return e, how
	}
	if d.record != nil {
		if d.pronRec == nil {
			d.pronRec = map[int]pronRecord{}
		}
		d.pronRec[m.a] = pronRecord{cands: d.pronounCands(pos, g, e), pick: e, how: how}
		return e, how
	}
	wt := getWeights()
	if !wt.learned[d.lang+" "+how[len("pronoun/"):]+"-pronoun"] {
		return e, how
	}
	best, bs := e, math.Inf(-1)
	for _, c := range d.pronounCands(pos, g, e) {
		s := 0.0
		for k, x := range c.f {
			s += wt.p[k] * float64(x)
		}
		if s > bs {
			best, bs = c.e, s
		}
	}
	if best != e {
		return best, "pronoun/learned"
	}
	return e, how
}

// notePronouns records, for SpeakerChoices, the cued quotes whose speaker
// is a pronoun the rule resolved.
func (d *doc) notePronouns(items []dq) {
	for i := range items {
		it := &items[i]
		if !it.cued || it.who.kind != mPron {
			continue
		}
		r, ok := d.pronRec[it.who.ma]
		if !ok || r.pick != it.who.ent {
			continue
		}
		start, end := d.toks[it.first].Start, d.toks[it.last-1].End
		c := Choice{Kind: "pronoun", Text: d.src[start:end], Start: int(start), End: int(end),
			Class: r.how[len("pronoun/"):] + "-pronoun", Lang: d.lang, Cascade: it.who.name}
		for _, x := range r.cands {
			f := make([]float64, nPronFeatures)
			for k, v := range x.f {
				f[k] = float64(v)
			}
			c.Candidates = append(c.Candidates, Candidate{Name: x.e.name, Features: f})
		}
		*d.record = append(*d.record, c)
	}
}
