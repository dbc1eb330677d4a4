package trail

import "strings"

// The decision. Keys only find candidates; two quotes are one when, over
// their normalised words:
//
//   - the shorter has MinWords words or more, and
//   - it is an exact run of the longer's words (a copy, or a fragment cut
//     from it), or
//   - it has MinChanged words or more, at least Agree of its words are
//     the longer's in the same order (a longest common subsequence), and
//     at least Pairs of its word pairs are the longer's too, so that
//     the shared words are runs, not the same little words scattered.
//
// A few words changed, added or dropped in a quote of six words or more
// leave it the same quote; in a shorter one they make another ("we will
// not pay" is not "we will not stay").
const (
	MinChanged = 6
	Agree      = 0.75
	Pairs      = 0.4
)

// Match reports whether quotes of words a and b are one quote.
func Match(a, b []string) bool { return Compare(a, b).Same }

// Comparison is what the decision read.
type Comparison struct {
	Same bool
	// Common is the longest common subsequence of the two, in words;
	// Shorter and Longer their lengths.
	Common, Shorter, Longer int
	// Pairs is the share of the shorter's word pairs found in the longer.
	Pairs float64
	// Run: the shorter is a run of the longer's words.
	Run bool
}

// Compare decides whether quotes of words a and b are one, and says why.
func Compare(a, b []string) Comparison {
	if len(a) > len(b) {
		a, b = b, a
	}
	c := Comparison{Shorter: len(a), Longer: len(b)}
	if len(a) < MinWords {
		return c
	}
	c.Run = isRun(a, b)
	c.Common = lcs(a, b)
	c.Pairs = pairShare(a, b)
	c.Same = c.Run || len(a) >= MinChanged && float64(c.Common) >= Agree*float64(len(a)) && c.Pairs >= Pairs
	return c
}

// isRun reports whether a appears in b as consecutive words.
func isRun(a, b []string) bool {
	for i := 0; i+len(a) <= len(b); i++ {
		j := 0
		for j < len(a) && a[j] == b[i+j] {
			j++
		}
		if j == len(a) {
			return true
		}
	}
	return false
}

// pairShare is the share of a's consecutive word pairs that b holds.
func pairShare(a, b []string) float64 {
	if len(a) < 2 {
		return 0
	}
	have := make(map[[2]string]bool, len(b))
	for i := 1; i < len(b); i++ {
		have[[2]string{b[i-1], b[i]}] = true
	}
	n := 0
	for i := 1; i < len(a); i++ {
		if have[[2]string{a[i-1], a[i]}] {
			n++
		}
	}
	return float64(n) / float64(len(a)-1)
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// A Matcher decides Match for one quote against many candidates, each as
// its normalised words joined by spaces (a phrase as stored). A line of
// wire copy has tens of thousands of candidates sharing a band key with
// it, most of them other quotes: before the decision, a candidate is
// rejected when too few of its words are the quote's for the two to agree
// (the longest common subsequence of two quotes is at most the number of
// either's words found among the other's), which reads each word once
// and allocates nothing. Match is its plain twin (TestMatcherIsMatch).
type Matcher struct {
	words []string
	set   map[string]struct{}
}

// NewMatcher returns a Matcher of the quote of these words.
func NewMatcher(words []string) *Matcher {
	m := &Matcher{words: words, set: make(map[string]struct{}, len(words))}
	for _, w := range words {
		m.set[w] = struct{}{}
	}
	return m
}

// Match reports whether the candidate of these words, joined by single
// spaces, is the same quote as m's.
func (m *Matcher) Match(candidate string) bool {
	n, shared := 0, 0
	for rest := candidate; rest != ""; {
		w, tail, _ := strings.Cut(rest, " ")
		rest = tail
		if w == "" {
			continue
		}
		n++
		if _, ok := m.set[w]; ok {
			shared++
		}
	}
	shorter := min(n, len(m.words))
	if shorter < MinWords || float64(shared) < Agree*float64(shorter) {
		return false // neither a run (all shared) nor agreeing enough
	}
	return Match(m.words, strings.Fields(candidate))
}
