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

// isRun reports whether a appears in b as consecutive words (or word
// numbers, for a Matcher).
func isRun[W comparable](a, b []W) bool {
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

// lcs is the length of the longest common subsequence of a and b. Its
// two rows are on the stack for quotes of up to 64 words.
func lcs[W comparable](a, b []W) int {
	var buf [2 * 65]int32
	var prev, cur []int32
	if len(b) < 65 {
		prev, cur = buf[:len(b)+1], buf[65:65+len(b)+1]
	} else {
		prev, cur = make([]int32, len(b)+1), make([]int32, len(b)+1)
	}
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
	return int(prev[len(b)])
}

// A Matcher decides Match for one quote against many candidates, each as
// its normalised words joined by spaces (a phrase as stored). A line of
// wire copy has tens of thousands of candidates sharing a band key with
// it, most of them other quotes, and thousands of them the same quote.
// First, a candidate is rejected when too few of its words are the
// quote's for the two to agree (the longest common subsequence of two
// quotes is at most the number of either's words found among the
// other's). Then the decision runs over word numbers, not strings: the
// quote's words numbered once, a candidate's word the quote lacks -1,
// which equals nothing of the quote's. Match is its plain twin
// (TestMatcherIsMatch).
type Matcher struct {
	ids   []int32          // the quote's words, numbered
	index map[string]int32 // word → number
}

// NewMatcher returns a Matcher of the quote of these words.
func NewMatcher(words []string) *Matcher {
	m := &Matcher{ids: make([]int32, len(words)), index: make(map[string]int32, len(words))}
	for i, w := range words {
		id, ok := m.index[w]
		if !ok {
			id = int32(len(m.index))
			m.index[w] = id
		}
		m.ids[i] = id
	}
	return m
}

// Match reports whether the candidate of these words, joined by single
// spaces, is the same quote as m's. It is safe for concurrent use.
func (m *Matcher) Match(candidate string) bool {
	var buf [64]int32
	c := buf[:0]
	shared := 0
	for rest := candidate; rest != ""; {
		w, tail, _ := strings.Cut(rest, " ")
		rest = tail
		if w == "" {
			continue
		}
		id, ok := m.index[w]
		if ok {
			shared++
		} else {
			id = -1
		}
		c = append(c, id)
	}
	shorter := min(len(c), len(m.ids))
	if shorter < MinWords || float64(shared) < Agree*float64(shorter) {
		return false // neither a run (all shared) nor agreeing enough
	}
	a, b := m.ids, c // as Compare orders them: the quote first when as long
	if len(a) > len(b) {
		a, b = b, a
	}
	if isRun(a, b) {
		return true
	}
	return len(a) >= MinChanged && float64(lcs(a, b)) >= Agree*float64(len(a)) && pairShareOf(a, b) >= Pairs
}

// pairShareOf is pairShare over numbers: a quote's pairs are a few dozen,
// and looking each up among the other's is cheaper than a map of them.
func pairShareOf(a, b []int32) float64 {
	if len(a) < 2 {
		return 0
	}
	n := 0
	for i := 1; i < len(a); i++ {
		for j := 1; j < len(b); j++ {
			if a[i-1] == b[j-1] && a[i] == b[j] {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(a)-1)
}
