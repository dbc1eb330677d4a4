package attrib

import (
	"cmp"
	"slices"
)

// summarizeSpeakers lists each speaker once, with the forms used for them and
// their quote count, most quoted first.
func summarizeSpeakers(qs []Quote, es *entities) []Speaker {
	out, ix := tallySpeakers(qs)
	for _, e := range es.all {
		if i, ok := ix.find(out, e.name); ok {
			for _, f := range e.forms {
				out[i].Mentions = appendUnique(out[i].Mentions, f)
			}
			if out[i].Description == "" {
				out[i].Description = e.desc
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Speaker) int { return cmp.Compare(b.Quotes, a.Quotes) })
	return out
}

// tallySpeakers lists the speakers of qs in order of their first quote,
// each with its quotes counted, the mentions at them and the first
// description one gives; the index finds a speaker in the list by name.
func tallySpeakers(qs []Quote) ([]Speaker, *speakerIndex) {
	out := make([]Speaker, 0, 8)
	ix := &speakerIndex{}
	for _, q := range qs {
		if q.Speaker == "" {
			continue
		}
		i, ok := ix.find(out, q.Speaker)
		if !ok {
			i = len(out)
			ix.add(out, q.Speaker, i)
			out = append(out, Speaker{Name: q.Speaker, Mentions: make([]string, 0, 4)})
		}
		s := &out[i]
		s.Quotes++
		if q.Mention != "" {
			s.Mentions = appendUnique(s.Mentions, q.Mention)
		}
		if s.Description == "" {
			s.Description = q.Description
		}
	}
	return out, ix
}

// speakerIndex finds a speaker in the list by name: an article quotes a
// handful of people, whom a scan finds faster than a map, but a hostile
// input may name thousands, so past a few dozen a map takes over.
type speakerIndex struct{ m map[string]int }

const speakerScanMax = 32

func (x *speakerIndex) find(out []Speaker, name string) (int, bool) {
	if x.m != nil {
		i, ok := x.m[name]
		return i, ok
	}
	for i := range out {
		if out[i].Name == name {
			return i, true
		}
	}
	return 0, false
}

// add records that out[i], about to be appended, is name.
func (x *speakerIndex) add(out []Speaker, name string, i int) {
	if x.m == nil && i >= speakerScanMax {
		x.m = make(map[string]int, 2*i)
		for k := range out[:i] {
			x.m[out[k].Name] = k
		}
	}
	if x.m != nil {
		x.m[name] = i
	}
}
