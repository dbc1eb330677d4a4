package attrib

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
)

// A body of several megabytes is no news article (the longest in the
// evaluation sets is a few dozen kilobytes), but the loader admits 10 MB,
// and one pass over such a body holds its tokens and their indexes at once:
// about 40 bytes of working memory a byte of text, and past a megabyte the
// per-name lists make it slower per byte too. So a body longer than
// partMax is read in parts of about partSize cut between paragraphs, each
// with partLead bytes of the text around it, and the parts' results are
// joined. The text around a part gives its first quotations the speakers,
// names and pronoun antecedents just before them, and lets a quotation
// that crosses the cut be read whole by the part it starts in.
//
// What a part cannot see is anything outside its text: a surname alone
// whose full name came a megabyte earlier stays the surname, a chain of
// "the spokeswoman" is cut, a given name whose gender only a "Mme" in
// another part tells has none (TestPartsAreWhole measures the gap).
// Speakers are joined by name. A part of 128 KB is several long articles,
// and small enough that two read at once hold some 20 MB.
var (
	partMax  = 1 << 20
	partSize = 128 << 10
	partLead = 8 << 10
)

// extractParts is Extract for a body longer than partMax. The first part
// is read alone, for the language every part then reads; the others on
// up to partWorkers cores, joined in text order.
func extractParts(body string, opt Options) Result {
	cuts := partCuts(body, partSize)
	res := Result{Quotes: []Quote{}, Sources: []Source{}}
	var speakers []Speaker // every part's, in part order
	srcIndex := map[string]int{}
	mentions := 0 // kept so far
	window := func(k int) (from, to int) {
		return cutAfter(body, cuts[k]-partLead, cuts[k]), cutBefore(body, cuts[k+1]+partLead, cuts[k+1])
	}
	parts := readParts(body, 0, 1, window, opt)
	for k := 0; k+1 < len(cuts); k++ {
		lo, hi := cuts[k], cuts[k+1]
		from, _ := window(k)
		part := <-parts
		if k == 0 {
			res.Lang = part.Lang
			if opt.Lang == "" || opt.Lang == "auto" {
				// Every part reads the language the first one found,
				// so that one body never mixes two languages' rules.
				opt.Lang = part.Lang
				if opt.Lang == "" {
					opt.Lang = noLang
				}
			}
			// A dense body has hundreds of thousands of quotes, which a
			// growing slice would copy a dozen times: room for as many
			// as the first part has, in proportion, plus a tenth.
			n := len(part.Quotes) * len(body) / max(hi, 1)
			if opt.MaxQuotes > 0 {
				n = min(n, opt.MaxQuotes)
			}
			res.Quotes = make([]Quote, 0, n+n/10+16)
			parts = readParts(body, 1, len(cuts)-1, window, opt)
		}
		for _, q := range part.Quotes {
			q.Start += from
			q.End += from
			switch {
			case q.Start < lo || q.Start >= hi:
			case opt.MaxQuotes > 0 && len(res.Quotes) == opt.MaxQuotes:
				res.Dropped.Quotes++
			default:
				res.Quotes = push(res.Quotes, q)
			}
		}
		speakers = append(speakers, part.Speakers...)
		for _, s := range part.Sources {
			var ms []SourceMention
			for _, m := range s.Citations() {
				m.Start += from
				m.End += from
				switch {
				case m.Start < lo || m.Start >= hi:
				case opt.MaxMentions > 0 && mentions == opt.MaxMentions:
					res.Dropped.Mentions++
				default:
					ms = append(ms, m)
					mentions++
				}
			}
			if len(ms) == 0 {
				continue
			}
			i, ok := srcIndex[s.Name]
			if !ok {
				i = len(res.Sources)
				srcIndex[s.Name] = i
				res.Sources = append(res.Sources, Source{Name: s.Name})
			}
			res.Sources[i].Mentions = append(res.Sources[i].Mentions, ms...)
		}
	}
	for i := range res.Sources {
		s := &res.Sources[i]
		m := s.Mentions[0]
		s.Mention, s.Start, s.End, s.Rule = m.Text, m.Start, m.End, m.Rule
	}
	res.Speakers = joinSpeakers(res.Quotes, speakers)
	return res
}

// partWorkers bounds the parts read at once. Each holds its own working
// memory, some 40 bytes a byte of its part, and the collector leaves as
// much again: two parts of 128 KB at once cost some 20 MB, and halve the
// time of a 10 MB body on two cores.
const partWorkers = 2

// readParts reads parts [first, last) on up to partWorkers cores and hands
// their results over in order; window gives the text read for part k.
// Each worker keeps one working memory for all its parts (the pool could
// drop it between two), and at most two results a worker wait.
func readParts(body string, first, last int, window func(k int) (from, to int), opt Options) <-chan Result {
	type job struct {
		k   int
		out chan Result
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), partWorkers, last-first))
	slots := make(chan chan Result, 2*workers)
	jobs := make(chan job)
	go func() {
		defer close(jobs)
		defer close(slots)
		for k := first; k < last; k++ {
			c := make(chan Result, 1)
			slots <- c
			jobs <- job{k, c}
		}
	}()
	for range workers {
		go func() {
			sc := scratchPool.Get().(*scratch)
			for j := range jobs {
				from, to := window(j.k)
				r, keep := extractWith(body[from:to], opt, sc)
				if !keep {
					sc = new(scratch)
				}
				j.out <- r
			}
			scratchPool.Put(sc)
		}()
	}
	out := make(chan Result)
	go func() {
		defer close(out)
		for c := range slots {
			out <- <-c
		}
	}()
	return out
}

// noLang is a language no lexicon has: a part told it reads no verbs, as a
// body in no known language is read, rather than detecting again.
const noLang = "-"

// joinSpeakers is summarizeSpeakers over the quotes kept, with the other
// forms and the description the parts found for each name where the
// article's entities would have given them.
func joinSpeakers(qs []Quote, parts []Speaker) []Speaker {
	out, ix := tallySpeakers(qs)
	for _, p := range parts {
		i, ok := ix.find(out, p.Name)
		if !ok {
			continue
		}
		for _, m := range p.Mentions {
			out[i].Mentions = appendUnique(out[i].Mentions, m)
		}
		if out[i].Description == "" {
			out[i].Description = p.Description
		}
	}
	slices.SortStableFunc(out, func(a, b Speaker) int { return cmp.Compare(b.Quotes, a.Quotes) })
	return out
}

// partCuts returns the offsets that cut body into parts of about size
// bytes: 0, the cuts, len(body).
func partCuts(body string, size int) []int {
	cuts := []int{0}
	for at := 0; len(body)-at > size+size/2; {
		c := cutBefore(body, at+size, at+size/2)
		cuts = append(cuts, c)
		at = c
	}
	return append(cuts, len(body))
}

// cutBefore returns the latest good place to cut body in [floor, at]:
// the start of a paragraph, else of a sentence, else of a word, else at
// itself (on a rune boundary).
func cutBefore(body string, at, floor int) int {
	at = min(max(at, 0), len(body))
	floor = min(max(floor, 0), at)
	if at == len(body) {
		return at
	}
	win := body[floor:at]
	if i := strings.LastIndex(win, "\n\n"); i >= 0 {
		return floor + i + 2
	}
	if i := lastSentenceEnd(win); i >= 0 {
		return floor + i
	}
	if i := strings.LastIndexAny(win, " \n\t"); i >= 0 {
		return floor + i + 1
	}
	return runeStart(body, at)
}

// cutAfter returns the earliest good place to cut body in [at, ceil], in
// cutBefore's order of preference.
func cutAfter(body string, at, ceil int) int {
	at = min(max(at, 0), len(body))
	ceil = min(max(ceil, at), len(body))
	if at == 0 {
		return 0
	}
	win := body[at:ceil]
	if i := strings.Index(win, "\n\n"); i >= 0 {
		return at + i + 2
	}
	if i := firstSentenceEnd(win); i >= 0 {
		return at + i
	}
	if i := strings.IndexAny(win, " \n\t"); i >= 0 {
		return at + i + 1
	}
	return runeStart(body, ceil)
}

// lastSentenceEnd returns the offset just after the last ". " in s (where
// the next sentence starts), or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 2; i >= 0; i-- {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			return i + 2
		}
	}
	return -1
}

// firstSentenceEnd is lastSentenceEnd's first.
func firstSentenceEnd(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			return i + 2
		}
	}
	return -1
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xc0 == 0x80 {
		i--
	}
	return i
}

// cut returns r with at most maxQuotes quotes and maxMentions source
// mentions (0: any number), the first in text order, its speakers counted
// again over the quotes kept, and what it left out in Dropped.
func (r Result) cut(maxQuotes, maxMentions int) Result {
	out := r
	if maxQuotes > 0 && len(r.Quotes) > maxQuotes {
		out.Dropped.Quotes += len(r.Quotes) - maxQuotes
		out.Quotes = r.Quotes[:maxQuotes:maxQuotes]
		out.Speakers = joinSpeakers(out.Quotes, r.Speakers)
	}
	if maxMentions <= 0 {
		return out // every article extract reads comes this way
	}
	var all []SourceMention
	for _, s := range r.Sources {
		all = append(all, s.Citations()...)
	}
	if len(all) <= maxMentions {
		return out
	}
	out.Dropped.Mentions += len(all) - maxMentions
	slices.SortStableFunc(all, func(a, b SourceMention) int { return cmp.Compare(a.Start, b.Start) })
	last := all[maxMentions-1].Start
	out.Sources = []Source{}
	for _, s := range r.Sources {
		var ms []SourceMention
		for _, m := range s.Citations() {
			if m.Start <= last && maxMentions > 0 {
				ms = append(ms, m)
				maxMentions--
			}
		}
		if len(ms) > 0 {
			s.Mentions = ms
			s.Mention, s.Start, s.End, s.Rule = ms[0].Text, ms[0].Start, ms[0].End, ms[0].Rule
			out.Sources = append(out.Sources, s)
		}
	}
	return out
}
