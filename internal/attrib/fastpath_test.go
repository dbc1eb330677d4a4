package attrib

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/dixit-news/dixit/internal/text"
)

// The engine's hot paths replace plain but slow code: each is checked here
// against the straightforward version it stands for.

// outletKeyPlain is outletKey as first written: fold, replace, split, join.
func outletKeyPlain(s string) string {
	s = strings.NewReplacer("-", " ", ".", " ", "’", "'", "'", "' ").Replace(text.Fold(s))
	f := strings.Fields(s)
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

var keyCases = []string{
	"", "the", "The", "the ", "  The  Harbour   Ledger ", "Wall Street Journal", "WSJ", "Le Monde",
	"l’Écho des Collines", "Rock 'n' Roll Daily", "A.F.P.", "Radio-Kelder", "theatre news",
	"the\u00a0Tidewater\u202fPost", "Ωmega Press", "bad\xffbyte", "CNN.com", "d'après",
	"THE TIMES", "the-the", "...", "'", "Straße Zeitung", "Ǆ Journal",
}

func TestOutletKeyMatchesPlain(t *testing.T) {
	cases := append([]string{}, keyCases...)
	for key, canon := range getLexicon().outlets {
		cases = append(cases, key, canon)
	}
	for _, s := range cases {
		if got, want := outletKey(s), outletKeyPlain(s); got != want {
			t.Errorf("outletKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzOutletKey(f *testing.F) {
	for _, s := range keyCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := outletKey(s), outletKeyPlain(s); got != want {
			t.Fatalf("outletKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTokenClasses checks every word token of a mixed text against the
// plain reading: Low is the fold of the word, and the classes are those the
// word lists give that form (for a possessive, mostly the stripped form's).
func TestTokenClasses(t *testing.T) {
	body := "L’ambassadeur a-t-il expliqué ? Selon le Courrier du Val, M. Ferrand s'est félicité. " +
		"« Nous verrons », a déclaré Mme Jeanne Roux, la ministre de la Culture.\n\n" +
		"Marta's union told the Harbour Ledger: \"We'll see.\" According to AP, DESMOND ACHTERBERG " +
		"had also said it; Élodie Kerjean's office, the mayor's aide and O'Brien's team agreed. The U.S. co-chair's well-known view: 312 homes, 3,5 %, Europe 1, G7s, Énergie2030."
	d := newDoc(body, Options{})
	defer d.release()
	if words := checkTokens(t, d); words < 50 {
		t.Fatalf("only %d words tokenized", words)
	}
	plain := getLexicon().words.class
	for w, c := range map[string]uint64{"a": xFrAux, "egalement": xFrAdverb, "has": xEnAux, "declare": xVerbFr, "said": xVerbEn, "felicite": xVerbFrPron, "wall": xOutletFirst, "mme": cFemaleHon} {
		if plain(w)&c == 0 {
			t.Errorf("%q lacks class %#x", w, c)
		}
	}
}

// TestTokenSize holds the token at 64 bytes: a 10 MB article has over two
// million of them, the largest share of an extraction's memory.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 64 {
		t.Errorf("token is %d bytes, want at most 64", n)
	}
}

// FuzzTokens holds the tokenizer's shortcuts to the plain reading on any
// input: folded forms, hashes, separators, classes and flags.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "L’Élysée a-t-il dit : « Non » ?", "Marta's U.S. co-chair, 3,5 %.", "\xff\xfeA'B", "ǅ ǈ Ωmega ŁÓDŹ", "a  à À A.", "Mr. X. Y. said it's..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		d := newDoc(body, Options{})
		defer d.release()
		checkTokens(t, d)
	})
}

// checkTokens compares each word token of d with the plain reading of its
// text, and returns how many words there are.
func checkTokens(t *testing.T, d *doc) int {
	t.Helper()
	plain := getLexicon().words.class
	words := 0
	for i, tk := range d.toks {
		var prev *token
		if i > 0 {
			prev = &d.toks[i-1]
		}
		if tk.Kind == tPunct {
			var next *token
			if i+1 < len(d.toks) {
				next = &d.toks[i+1]
			}
			if want := isFinalAfter(&tk, prev, next); tk.final != want {
				t.Errorf("%q at %d: final %v, want %v", tk.Text, i, tk.final, want)
			}
		}
		if tk.Kind != tWord {
			continue
		}
		words++
		if _, elided := elisions[strings.TrimRight(tk.Low, "'")]; !elided || !strings.HasSuffix(tk.Low, "'") {
			if want := text.Fold(tk.Text); tk.Low != want {
				t.Errorf("%q: Low %q, want %q", tk.Text, tk.Low, want)
			}
		}
		if tk.hash != hashString(tk.Low) {
			t.Errorf("%q: hash of %q is stale", tk.Text, tk.Low)
		}
		var seps uint8
		for c, bit := range map[string]uint8{"-": sepHyphen, ".": sepDot, "'": sepApos} {
			if strings.Contains(tk.Low, c) {
				seps |= bit
			}
		}
		if hasDigit(tk.Low) {
			seps |= sepDigit
		}
		s := stripPossessive(tk.Low)
		if s != tk.Low {
			seps |= sepPoss
		}
		if tk.seps != seps {
			t.Errorf("%q: separators %b, want %b", tk.Text, tk.seps, seps)
		}
		want := plain(tk.Low)
		if s != tk.Low {
			want = plain(s)&^getLexicon().exact | plain(tk.Low)&getLexicon().exact
		}
		if tk.cls != want {
			t.Errorf("%q: classes %#x, want %#x", tk.Text, tk.cls, want)
		}
		if h := keyHead(tk.Low); h != "the" && h != firstField(tokKey(&tk)) {
			t.Errorf("%q: key head %q, key %q", tk.Text, h, tokKey(&tk))
		}
		if tk.plain() != (s == tk.Low) {
			t.Errorf("%q: plain %v", tk.Text, tk.plain())
		}
		if isCap := computeCap(&tk); tk.isCap != isCap {
			t.Errorf("%q: isCap %v, want %v", tk.Text, tk.isCap, isCap)
		}
		if v := tk.cls&verbStart != 0 || tk.Low == "according" || strings.Contains(tk.Low, "-"); tk.verbish != v {
			t.Errorf("%q: verbish %v, want %v", tk.Text, tk.verbish, v)
		}
	}
	return words
}

// mergeQuotes merges two lists in text order; it must give what a stable
// sort of both end to end gives, ties and unsorted lists included.
func TestMergeQuotesMatchesStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for n := range 400 {
		na, nb := r.IntN(8), r.IntN(8)
		qs := make([]Quote, na+nb)
		for i := range qs {
			qs[i] = Quote{Start: r.IntN(12), Kind: Direct, Text: fmt.Sprint(i)}
			if i >= na {
				qs[i].Kind = Indirect
			}
		}
		if n%3 != 0 { // mostly sorted runs, as the engine makes them
			slices.SortStableFunc(qs[:na], compareQuotes)
			slices.SortStableFunc(qs[na:], compareQuotes)
		}
		want := slices.Clone(qs)
		slices.SortStableFunc(want, compareQuotes)
		got := mergeQuotes(qs[:na], qs[na:])
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: got %v, want %v", n, got, want)
		}
	}
}

// summarizeSpeakers scans a short speaker list and switches to a map past
// speakerScanMax: both sides must count the same.
func TestSummarizeSpeakersManySpeakers(t *testing.T) {
	for _, n := range []int{3, speakerScanMax, speakerScanMax + 1, 200} {
		var qs []Quote
		want := map[string]int{}
		for i := range 3 * n {
			name := fmt.Sprintf("Person %d", (i*7)%n)
			qs = append(qs, Quote{Speaker: name, Mention: fmt.Sprintf("P%d", i%2)})
			want[name]++
		}
		got := summarizeSpeakers(qs, &entities{})
		if len(got) != len(want) {
			t.Fatalf("%d speakers: got %d entries", n, len(got))
		}
		for k, s := range got {
			if s.Quotes != want[s.Name] {
				t.Errorf("%d speakers: %s has %d quotes, want %d", n, s.Name, s.Quotes, want[s.Name])
			}
			if k > 0 && got[k-1].Quotes < s.Quotes {
				t.Errorf("%d speakers: not most quoted first at %d", n, k)
			}
		}
	}
}

// keyTable against a map: numbers in arrival order, through growth, colliding
// hashes and resets.
func TestKeyTable(t *testing.T) {
	var kt keyTable
	for round := range 3 {
		kt.reset()
		want := map[string]int32{}
		for i := range 500 {
			k := fmt.Sprintf("k%d-%d", round, i%300)
			h := hashString(k)
			if i%7 == 0 {
				h = 42 // forced collisions
			}
			if _, ok := want[k]; ok {
				continue
			}
			if got := kt.find(k, h); got != -1 {
				t.Fatalf("round %d: %q found before it was added (%d)", round, k, got)
			}
			want[k] = kt.add(k, h)
			if want[k] != int32(len(want)-1) {
				t.Fatalf("round %d: %q numbered %d, want %d", round, k, want[k], len(want)-1)
			}
		}
		for i := range 300 {
			k := fmt.Sprintf("k%d-%d", round, i)
			h := hashString(k)
			if i%7 == 0 {
				h = 42
			}
			if got := kt.find(k, h); got != want[k] {
				t.Fatalf("round %d: find(%q) = %d, want %d", round, k, got, want[k])
			}
		}
		if kt.find("absent", hashString("absent")) != -1 {
			t.Fatal("found a key never added")
		}
	}
}

// editDistance takes a byte path for ASCII: both paths must agree with the
// plain rune-by-rune distance, capped at limit+1.
func TestEditDistance(t *testing.T) {
	plain := func(a, b []rune) int {
		d := make([][]int, len(a)+1)
		for i := range d {
			d[i] = make([]int, len(b)+1)
			d[i][0] = i
		}
		for j := range d[0] {
			d[0][j] = j
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				c := 1
				if a[i-1] == b[j-1] {
					c = 0
				}
				d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			}
		}
		return d[len(a)][len(b)]
	}
	words := []string{"", "a", "achterberg", "achterburg", "achterbergh", "akhterberg", "marchetti", "marcheti",
		"kerjean", "kerjéan", "kérjéan", "oyelaran", "oyelaranx", "vellacott", "velacot", "ŁódźŁódź", "lodzlodz"}
	for _, a := range words {
		for _, b := range words {
			want := min(plain([]rune(a), []rune(b)), 3)
			if got := editDistance(a, b, 2); got != want {
				t.Errorf("editDistance(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// indexSentences fills both bounds in one pass; the plain version walks
// forward for the starts and backward for the ends.
func TestIndexSentencesMatchesTwoPasses(t *testing.T) {
	bodies := []string{
		"Un. Deux « trois. Quatre » cinq ! Six\n\nSept ? « Huit. »\n\nNeuf",
		"M. Roux a dit : « Non. » Puis il est parti... Fin.",
		"\"It is. Not,\" she said. He left.\n\nNew para without end",
		".",
	}
	for _, body := range bodies {
		d := newDoc(body, Options{})
		d.indexSentences()
		n := len(d.toks)
		start := 0
		for i := range n {
			if i > 0 && (d.toks[i].Para != d.toks[i-1].Para || d.inq[i-1] < 0 && d.isFinal(i-1)) {
				start = i
			}
			if int(d.sentStart[i]) != start {
				t.Errorf("%q: token %d starts at %d, want %d", body, i, d.sentStart[i], start)
			}
		}
		end := n
		for i := n - 1; i >= 0; i-- {
			if i+1 < n && d.toks[i+1].Para != d.toks[i].Para {
				end = i + 1
			}
			if d.inq[i] < 0 && d.isFinal(i) {
				end = i
			}
			if int(d.sentEnd[i]) != end {
				t.Errorf("%q: token %d ends at %d, want %d", body, i, d.sentEnd[i], end)
			}
		}
		d.release()
	}
}

// TestPushMatchesAppend holds push to append's result, with far fewer
// copies of a long list: its room at least doubles each time it moves.
func TestPushMatchesAppend(t *testing.T) {
	var got, want []int
	moves := 0
	for i := range 1 << 20 {
		before := cap(got)
		got = push(got, i)
		if cap(got) != before {
			moves++
			if before > 0 && cap(got) < 2*before {
				t.Fatalf("room grew from %d to %d, want at least double", before, cap(got))
			}
		}
		want = append(want, i)
	}
	if !slices.Equal(got, want) {
		t.Fatal("push and append differ")
	}
	if moves > 22 {
		t.Errorf("%d moves for a million entries, want about 20", moves)
	}
}
