package trail

import (
	"strings"
)

// Op is what happened to a word from one version to the next.
type Op int

const (
	Same    Op = iota // in both
	Added             // only in the later version
	Dropped           // only in the earlier one
)

// Piece is a run of words of one Op, as the later version writes them
// (Dropped: as the earlier one did).
type Piece struct {
	Op   Op
	Text string
}

// Change sums up how a version differs from the one it is compared with.
type Change int

const (
	Copy     Change = iota // the same words
	Fragment               // a run cut from the earlier version
	Longer                 // the earlier version is a run of this one
	Altered                // words added, dropped or changed inside
)

func (c Change) String() string {
	return [...]string{"copy", "fragment", "longer", "altered"}[c]
}

// Diff compares version b with version a word by word: tokens are the
// words as written (split at spaces), compared by their normalised words,
// so "l’avis" and "l'avis", « Non » and "non," are the same word.
type Diff struct {
	Pieces []Piece
	Change Change
	// Added, Dropped and Changed count words; a dropped run next to an
	// added one is a change of Changed words (the longer of the two).
	Added, Dropped, Changed int
}

type token struct{ raw, key string }

func tokens(s string) []token {
	var out []token
	lead := ""
	for _, f := range strings.Fields(displaySpaces(s)) {
		k := strings.Join(Words(f), " ")
		switch {
		case k == "" && len(out) > 0:
			// Punctuation standing alone (« — », « ? » after a French
			// space) goes with the word before it, or the word after it
			// when it opens the quote.
			out[len(out)-1].raw += " " + f
		case k == "":
			lead += f + " "
		default:
			out = append(out, token{lead + f, k})
			lead = ""
		}
	}
	return out
}

// displaySpaces turns the no-break spaces of French typography into
// spaces, so that tokens split there.
func displaySpaces(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2009", " ").Replace(s)
}

// Compute compares b with a.
func Compute(a, b string) Diff {
	ta, tb := tokens(a), tokens(b)
	// The longest common subsequence table, from the ends.
	n, m := len(ta), len(tb)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ta[i].key == tb[j].key {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var d Diff
	add := func(op Op, raw string) {
		if k := len(d.Pieces) - 1; k >= 0 && d.Pieces[k].Op == op {
			d.Pieces[k].Text += " " + raw
			return
		}
		d.Pieces = append(d.Pieces, Piece{op, raw})
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && ta[i].key == tb[j].key:
			add(Same, tb[j].raw)
			i, j = i+1, j+1
		case j < m && (i == n || t[i][j+1] >= t[i+1][j]):
			add(Added, tb[j].raw)
			j++
		default:
			add(Dropped, ta[i].raw)
			i++
		}
	}
	d.count()
	return d
}

// count sums up the pieces. Each run between two common words is put in
// the order dropped, then added (the old words, then the new), and as many
// of its words as both sides hold count as changed, the rest as added or
// dropped.
func (d *Diff) count() {
	var out []Piece
	internal := false
	for k := 0; k < len(d.Pieces); {
		if d.Pieces[k].Op == Same {
			out = append(out, d.Pieces[k])
			k++
			continue
		}
		var added, dropped []string
		start := k
		for ; k < len(d.Pieces) && d.Pieces[k].Op != Same; k++ {
			if d.Pieces[k].Op == Added {
				added = append(added, d.Pieces[k].Text)
			} else {
				dropped = append(dropped, d.Pieces[k].Text)
			}
		}
		if start > 0 && k < len(d.Pieces) {
			internal = true
		}
		a, r := words(added), words(dropped)
		ch := min(a, r)
		d.Changed += ch
		d.Added += a - ch
		d.Dropped += r - ch
		if len(dropped) > 0 {
			out = append(out, Piece{Dropped, strings.Join(dropped, " ")})
		}
		if len(added) > 0 {
			out = append(out, Piece{Added, strings.Join(added, " ")})
		}
	}
	d.Pieces = out
	switch {
	case d.Added == 0 && d.Dropped == 0 && d.Changed == 0:
		d.Change = Copy
	case !internal && d.Changed == 0 && d.Added == 0:
		d.Change = Fragment
	case !internal && d.Changed == 0 && d.Dropped == 0:
		d.Change = Longer
	default:
		d.Change = Altered
	}
}

func words(runs []string) int {
	n := 0
	for _, r := range runs {
		n += len(strings.Fields(r))
	}
	return n
}
