package attrib

import "sort"

// summarizeSpeakers lists each speaker once, with the forms used for them and
// their quote count, most quoted first.
func summarizeSpeakers(qs []Quote, es *entities) []Speaker {
	idx := map[string]int{}
	out := []Speaker{}
	for _, q := range qs {
		if q.Speaker == "" {
			continue
		}
		i, ok := idx[q.Speaker]
		if !ok {
			i = len(out)
			idx[q.Speaker] = i
			out = append(out, Speaker{Name: q.Speaker, Mentions: []string{}})
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
	for _, e := range es.all {
		if i, ok := idx[e.name]; ok {
			for _, f := range e.forms {
				out[i].Mentions = appendUnique(out[i].Mentions, f)
			}
			if out[i].Description == "" {
				out[i].Description = e.desc
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Quotes > out[b].Quotes })
	return out
}
