package attrib

// Finding the entity a name refers to: by its key (the folded last word),
// by its first word, or by a near spelling of its key.

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// add makes an entity of name n and indexes it by key and first word.
func (es *entities) add(d *doc, n nameSeq) *entity {
	e := d.scr.newEntity()
	// The lists keep their room from the article before; nothing outside
	// the extraction holds them.
	forms, roles, occPos := e.forms[:0], e.roles[:0], e.occPos[:0]
	*e = entity{id: len(es.all), name: d.nameText(n), words: n.words, org: n.org, place: n.place,
		forms: forms, roles: roles, occPos: occPos}
	_, e.outlet = d.outletAt(n.a, n.b)
	es.all = append(es.all, e)
	k, h := d.nameKey(n)
	i := listFor(&es.keys, &es.lists, k, h)
	es.lists[i] = append(es.lists[i], e)
	es.noteFirst(e)
	return e
}

// listFor returns the number of key k (hash h) in t, adding it when new
// with an empty list in lists: the list a previous article left there is
// emptied, its room kept.
func listFor[T any](t *keyTable, lists *[][]T, k string, h uint32) int32 {
	i := t.find(k, h)
	if i < 0 {
		i = t.add(k, h)
		if int(i) < cap(*lists) {
			*lists = (*lists)[:i+1]
			(*lists)[i] = (*lists)[i][:0]
		} else {
			*lists = append(*lists, nil)
		}
	}
	return i
}

// noteFirst lists a multi-word entity under its first word (see firsts).
func (es *entities) noteFirst(e *entity) {
	if e.words < 2 {
		return
	}
	f := e.folded()
	sp := strings.IndexByte(f, ' ')
	if sp < 0 {
		return
	}
	w := f[:sp]
	i := listFor(&es.firsts, &es.firstOf, w, hashString(w))
	es.firstOf[i] = append(es.firstOf[i], int32(e.id))
}

// withFirst returns the ids of the entities listed under first word w,
// whose hash is h: a superset of those whose name now starts with it.
func (es *entities) withFirst(w string, h uint32) []int32 {
	if i := es.firsts.find(w, h); i >= 0 {
		return es.firstOf[i]
	}
	return nil
}

// startsWithWord reports whether folded name f starts with the word w.
func startsWithWord(f, w string) bool {
	return len(f) > len(w) && f[len(w)] == ' ' && strings.HasPrefix(f, w)
}

// byKey returns the entities whose key is k, in the order they came. The
// list may not be appended to.
func (es *entities) byKey(k string, h uint32) []*entity {
	if i := es.keys.find(k, h); i >= 0 {
		l := es.lists[i]
		return l[:len(l):len(l)]
	}
	return nil
}

// resolveName finds the entity a name refers to: the same last word, or a
// near spelling of it (a misspelled surname), nearest before pos first.
func (es *entities) resolveName(d *doc, n nameSeq, pos int) *entity {
	k, h := d.nameKey(n)
	if n.org {
		if n.words == 1 {
			// "VOA" for "VOA News", "la Municipalité" for "la
			// Municipalité de Brivolle": an organisation named in full
			// is shortened to its first word, even where the short form
			// came first (a headline).
			t := &d.toks[n.a]
			best := -1
			for _, id := range es.withFirst(t.Low, t.hash) {
				if e := es.all[id]; e.org && !e.place && e.words > 1 && startsWithWord(e.folded(), t.Low) && (best < 0 || int(id) < best) {
					best = int(id)
				}
			}
			if best >= 0 {
				return es.all[best]
			}
		}
		for _, e := range es.byKey(k, h) {
			if e.org && strings.EqualFold(e.name, d.nameText(n)) {
				return e
			}
		}
		// "House" alone for "Daniel House".
		if n.words > 1 {
			return nil
		}
		for _, e := range es.byKey(k, h) {
			if e.person && e.words > 1 {
				return e
			}
		}
		return nil
	}
	cands := es.byKey(k, h)
	if len(cands) == 0 && n.words == 1 {
		// "Kelder" for "Kelder Ferries".
		if t := &d.toks[n.a]; !t.has(cGiven) {
			// The first such entity in the article's order.
			best := -1
			for _, id := range es.withFirst(t.Low, t.hash) {
				if e := es.all[id]; !e.place && e.words > 1 && startsWithWord(e.folded(), t.Low) && (best < 0 || int(id) < best) {
					best = int(id)
				}
			}
			if best >= 0 {
				return es.all[best]
			}
		}
	}
	if len(cands) == 0 && utf8.RuneCountInString(k) >= 6 && len(es.keys.keys) <= 500 {
		for _, key := range es.keys.keys {
			if len(key) > 0 && key[0] == k[0] && editDistance(key, k, 2) <= 2 {
				cands = append(cands, es.byKey(key, hashString(key))...)
			}
		}
	}
	if len(cands) == 0 && n.words == 1 {
		// A first name alone ("Jordan") stands for the one person named
		// in full with it.
		cands = es.byFirst(d.toks[n.a].Low, d.toks[n.a].hash)
	}
	var best *entity
	first := d.toks[n.a].Low
	text := ""
	for _, e := range cands {
		if e.org {
			continue
		}
		// Two people may share a surname: a different first name is a
		// different person, unless the mention is the end of the full
		// name ("Al Haddadi" for "Noor Al Haddadi").
		full := e.folded()
		if n.words > 1 && e.words > 1 && !strings.HasPrefix(full, first) {
			if text == "" {
				text = foldName(d.nameText(n))
			}
			if !strings.HasSuffix(full, " "+text) {
				continue
			}
		}
		if best == nil || es.morePresent(e, best, pos) {
			best = e
		}
	}
	return best
}

// morePresent reports whether a surname alone is likelier to stand for e
// than for other: a person, then the one the article has named more often
// so far (the story's subject, not her brother named once), then the one
// named last.
func (es *entities) morePresent(e, other *entity, pos int) bool {
	if e.person != other.person {
		return e.person // "Ada Quist" over the credit "Studio Quist"
	}
	ne, no := sort.SearchInts(e.occPos, pos), sort.SearchInts(other.occPos, pos)
	if ne != no {
		return ne > no
	}
	return es.lastPos(e, pos) > es.lastPos(other, pos)
}

func foldName(s string) string { return fold(s) }

// folded is the entity's name folded, cached: names are compared often.
func (e *entity) folded() string {
	// A name may fold to nothing: foldedSet, not an empty foldedName, tells
	// whether it was folded.
	if !e.foldedSet || e.foldedOf != e.name {
		e.foldedName, e.foldedOf, e.foldedSet = foldName(e.name), e.name, true
	}
	return e.foldedName
}

// byFirst returns the multi-word person whose first name is w, when exactly
// one is.
func (es *entities) byFirst(w string, h uint32) []*entity {
	var found *entity
	for _, id := range es.withFirst(w, h) {
		if e := es.all[id]; e.words > 1 && !e.org && startsWithWord(e.folded(), w) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	if found == nil {
		return nil
	}
	return []*entity{found}
}

// lastPos is the last occurrence of e before pos, or -1.
func (es *entities) lastPos(e *entity, pos int) int {
	i := sort.SearchInts(e.occPos, pos)
	if i == 0 {
		return -1
	}
	return e.occPos[i-1]
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// editDistance is Levenshtein distance, giving up once it exceeds limit.
func editDistance(a, b string, limit int) int {
	if isASCII(a) && isASCII(b) {
		// Bytes are runes here: no conversion, and the lengths alone
		// may settle it.
		if d := len(a) - len(b); d > limit || -d > limit {
			return limit + 1
		}
		return levenshtein([]byte(a), []byte(b), limit)
	}
	var bufA, bufB [32]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	return levenshtein(ra, rb, limit)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func levenshtein[T byte | rune](ra, rb []T, limit int) int {
	var bufP, bufC [33]int
	prev, cur := bufP[:0], bufC[:0]
	if len(rb)+1 > len(bufP) {
		prev, cur = make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1)
	}
	prev, cur = prev[:len(rb)+1], cur[:len(rb)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
