// Package scorer ports the name and text comparisons of
// ../shared/eval/score.py (fold, words, norm_name, overlap, match), so that
// the training command labels a candidate right exactly when the scorer
// would count it right, and the bundled articles' test matches quotes to
// their gold as the scorer does.
package scorer

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

var caser = cases.Fold()

// Fold is score.py's fold: NFKD, combining marks dropped, curly
// apostrophes straightened, case folded.
func Fold(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r == '\u2019' || r == '\u2018' {
			r = '\''
		}
		b.WriteRune(r)
	}
	return caser.String(b.String())
}

// Words is score.py's re.findall(r"[\w]+", Fold(s)).
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == '_')
	})
}

var honorifics = map[string]bool{"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "pr": true, "prof": true,
	"me": true, "sir": true, "dame": true, "mgr": true, "st": true}
var articles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "des": true, "the": true, "a": true, "an": true}

// NormName is score.py's norm_name: the words, leading honorifics and
// articles dropped.
func NormName(s string) string {
	ws := Words(s)
	for len(ws) > 0 && (honorifics[ws[0]] || articles[ws[0]]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// Overlap is the share of the longer word list the two have in common.
func Overlap(a, b []string) float64 {
	ca := map[string]int{}
	for _, w := range a {
		ca[w]++
	}
	inter := 0
	for _, w := range b {
		if ca[w] > 0 {
			ca[w]--
			inter++
		}
	}
	return float64(inter) / float64(max(len(a), len(b), 1))
}

// Match pairs predictions and gold quotes one to one, best overlap first,
// ties broken as Python's reverse sort of (overlap, i, j) breaks them.
func Match(preds, golds []string, thr float64) [][2]int {
	type cand struct {
		o    float64
		i, j int
	}
	var cs []cand
	gw := make([][]string, len(golds))
	for j, g := range golds {
		gw[j] = Words(g)
	}
	for i, p := range preds {
		pw := Words(p)
		for j := range golds {
			if o := Overlap(pw, gw[j]); o >= thr {
				cs = append(cs, cand{o, i, j})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].o != cs[b].o {
			return cs[a].o > cs[b].o
		}
		if cs[a].i != cs[b].i {
			return cs[a].i > cs[b].i
		}
		return cs[a].j > cs[b].j
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, c := range cs {
		if usedP[c.i] || usedG[c.j] {
			continue
		}
		usedP[c.i], usedG[c.j] = true, true
		out = append(out, [2]int{c.i, c.j})
	}
	return out
}
