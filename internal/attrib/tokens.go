package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/text"
)

type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // . , ; : ! ? … ( ) [ ] — – and the like
	tMark          // a character that may open or close a quotation
)

// token is a word, a punctuation sign or a quote mark, with its byte offsets
// into the article text. Low is the folded form used for every comparison.
// Text is the source slice, except that a typewriter dash ("--") reads "—".
//
// Offsets and paragraph numbers are int32 and the flags are packed to keep
// the token small (64 bytes, checked by TestTokenSize): an article is far
// below 2 GB, and a 10 MB one has two million tokens.
type token struct {
	Text       string
	Low        string
	Start, End int32
	Para       int32
	hash       uint32 // hashString(Low) for words
	cls        uint64 // word classes of Low (cHonorific, …)
	seps       uint8  // the separators in Low (sepHyphen, …), and sepPoss
	Kind       tokKind
	SpaceAfter bool // white space (or the paragraph end) follows
	isCap      bool // starts with a capital (see cap)
	final      bool // ends a sentence (see doc.isFinal), set by the tokenizer
	verbish    bool // may start a speech verb (see doc.verbAt)
	lowerSeen  bool // opens a sentence, and the article writes it in lower case too
}

func (t *token) has(c uint64) bool { return t.cls&c != 0 }

// plain reports a word whose Low has no possessive ending, so that cls are
// Low's own classes.
func (t *token) plain() bool { return t.Kind == tWord && t.seps&sepPoss == 0 }

// digit reports an ASCII digit in the token (always false but for words).
func (t *token) digit() bool { return t.seps&sepDigit != 0 }

// lowIs reports whether Low itself (possessive ending included) is in one of
// the classes c.
func (t *token) lowIs(l *lexicon, c uint64) bool {
	if t.plain() {
		return t.cls&c != 0
	}
	return l.is(t.Low, c)
}

// cap reports whether the token starts with an upper-case letter.
func (t *token) cap() bool { return t.isCap }

func computeCap(t *token) bool {
	if c := t.Text[0]; c < utf8.RuneSelf {
		if c >= 'A' && c <= 'Z' {
			return true
		}
		if t.seps&(sepHyphen|sepApos) == 0 {
			return false // no particle to look past
		}
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsUpper(r) {
		return true
	}
	// al-Kazemi, d'Estaing, van Gogh style particles: a lower-case prefix
	// joined to a capitalised part.
	if i := sepIndex(t.Text); i > 0 && i < 4 && i+1 < len(t.Text) {
		r, _ := utf8.DecodeRuneInString(t.Text[i+1:])
		return unicode.IsUpper(r) && isParticle(strings.ToLower(t.Text[:i]))
	}
	return false
}

// sepIndex is strings.IndexAny(s, "-'’") where that is below 4, else -1.
func sepIndex(s string) int {
	for k := 0; k < len(s) && k < 4; k++ {
		switch s[k] {
		case '-', '\'':
			return k
		case 0xe2:
			if strings.HasPrefix(s[k:], "’") {
				return k
			}
		}
	}
	return -1
}

func isParticle(p string) bool {
	switch p {
	case "al", "el", "ad", "as", "ash", "an", "ben", "bin", "ibn", "abu", "d", "o", "l", "de", "du", "mc":
		return true
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool {
	// General punctuation (’ “ ” — …) ends most words that are not
	// plain ASCII, and no combining mark comes before U+0300: answer those
	// without the Unicode tables.
	if r >= 0x2000 && r <= 0x206f {
		return false
	}
	if r < 0x300 {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenizer holds the state of one tokenize pass. Each word is folded
// into one shared buffer and probed in the lexicon's table from there: a
// known word takes the table's own string, a word folding to itself keeps
// its text, and only the rest (capitalised names, mostly) get a folded
// form, all cut from one string made at the end.
//
// It classifies each token as it appends it (see classify), and counts and
// notes what newDoc would otherwise read back in passes over all tokens:
// the language's function words, and the capitalised sentence openers
// (see doc.markLowerSeen).
type tokenizer struct {
	words   *wordTable
	exact   uint64 // the classes a possessive takes from its own form
	toks    []token
	fold    []byte
	pending []lowRef
	// fr and en count the French and English function words among nwords.
	fr, en, nwords int
	cands          []int32 // capitalised words opening a sentence
	bloom          [64]uint64
	// lower lists the lower-case words of two letters or more, as
	// (hash, token) pairs: markLowerSeen reads them there rather than in
	// the tokens, eight times larger.
	lower []lowerWord
}

type lowerWord struct{ hash, tok uint32 }

// lowRef places the folded form of token tok at fold[off:off+n].
type lowRef struct{ tok, off, n int32 }

// tokenize splits s into tokens, paragraph by paragraph. It is a single pass
// over the text.
func tokenize(s string, paras []text.Span, scr *scratch, lex *lexicon) *tokenizer {
	z := &tokenizer{words: lex.words, exact: lex.exact, toks: scr.toks[:0], fold: scr.fold[:0], pending: scr.pending[:0], cands: scr.cands[:0], lower: scr.lower[:0]}
	// News prose runs about one token for every four or five bytes.
	if cap(z.toks) < len(s)/4+16 {
		z.toks = make([]token, 0, len(s)/4+16)
	}
	for pii, p := range paras {
		pi := int32(pii)
		i := p.Start
		for i < p.End {
			// ASCII letters, digits and spaces are most of the text.
			if c := s[i]; c < 0x80 {
				switch asciiClass[c] {
				case aSpace:
					z.space(pi)
					i++
					continue
				case aWord:
					j, apos := scanWord(s, i, p.End)
					z.word(s, i, j, pi, apos)
					i = j
					continue
				}
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case text.IsSpace(r):
				z.space(pi)
				i += size
			case isWordRune(r):
				j, apos := scanWord(s, i, p.End)
				z.word(s, i, j, pi, apos)
				i = j
			case isQuoteRune(r):
				if r == '\'' {
					size = aposMarkLen(s, i, p.Start, p.End)
				}
				t := z.next()
				t.reset(tMark, s, i, i+size, pi)
				t.Low = t.Text
				i += size
			default:
				// Runs of the same sign (..., --) are one token.
				j := i + size
				for j < p.End {
					r2, s2 := utf8.DecodeRuneInString(s[j:])
					if r2 != r {
						break
					}
					j += s2
				}
				t := z.next()
				if r == '`' && j-i == 2 {
					// ``: the opening double quote of typewriter text.
					t.reset(tMark, s, i, j, pi)
					t.Low = t.Text
					i = j
					continue
				}
				t.reset(tPunct, s, i, j, pi)
				if r == '-' && (j-i == 2 || j-i == 3) {
					// A typewriter dash: the rules compare signs by
					// their text, so it reads as the dash it stands for.
					t.Text = "—"
				}
				t.Low = t.Text
				t.final = isFinalAfter(t, z.prev(), nil)
				i = j
			}
		}
		if n := len(z.toks); n > 0 {
			z.toks[n-1].SpaceAfter = true
		}
	}
	if len(z.pending) > 0 {
		folded := string(z.fold)
		for _, p := range z.pending {
			t := &z.toks[p.tok]
			t.Low = folded[p.off : p.off+p.n]
			z.classify(t)
			// A period glued to it was judged before its classes were
			// known.
			if k := int(p.tok) + 1; k < len(z.toks) && z.toks[k].Kind == tPunct {
				var next *token
				if k+1 < len(z.toks) {
					next = &z.toks[k+1]
				}
				z.toks[k].final = isFinalAfter(&z.toks[k], t, next)
			}
		}
	}
	scr.fold, scr.pending, scr.cands, scr.lower = z.fold, z.pending, z.cands, z.lower
	return z
}

// aposMarkLen is the length of the quote mark at s[i], an ASCII
// apostrophe: two of them are one double quote mark, as wire and
// typewriter text write a double quote. Three are a double and a single mark,
// nested: the double one is outside, first when the run opens a quotation
// (after a space) and last when it closes one.
func aposMarkLen(s string, i, start, end int) int {
	n := 1
	for i+n < end && n < 4 && s[i+n] == '\'' {
		n++
	}
	switch n {
	case 1:
		return 1
	case 3:
		if i > start {
			if r, _ := utf8.DecodeLastRuneInString(s[start:i]); !text.IsSpace(r) && !strings.ContainsRune("([\"“—–-", r) {
				return 1
			}
		}
	}
	return 2
}

// next appends a token for the caller to fill in place: a token is too
// large to build and copy in.
func (z *tokenizer) next() *token {
	if len(z.toks) == cap(z.toks) {
		z.toks = append(z.toks, token{})
	} else {
		z.toks = z.toks[:len(z.toks)+1]
	}
	return &z.toks[len(z.toks)-1]
}

// reset makes t the token s[i:j] of kind k, every other field zero. The
// fields are set one by one: a token literal would be built aside and
// copied in, with a bulk write barrier whenever the collector runs.
func (t *token) reset(k tokKind, s string, i, j int, para int32) {
	t.Text, t.Low = s[i:j], ""
	t.Start, t.End, t.Para = int32(i), int32(j), para
	t.hash, t.seps, t.cls = 0, 0, 0
	t.Kind, t.SpaceAfter, t.isCap, t.final, t.verbish, t.lowerSeen = k, false, false, false, false, false
}

// prev is the token before the last one appended, or nil.
func (z *tokenizer) prev() *token {
	if n := len(z.toks); n > 1 {
		return &z.toks[n-2]
	}
	return nil
}

// noteWord counts the language of word t, the last token appended, and
// notes whether it is a capitalised sentence opener.
func (z *tokenizer) noteWord(t *token) {
	z.nwords++
	if t.cls&cLangFr != 0 {
		z.fr++
	}
	if t.cls&cLangEn != 0 {
		z.en++
	}
	if !t.isCap {
		if t.End-t.Start >= 2 { // a one-byte word folds to one byte: markLowerSeen tests Low itself
			z.lower = push(z.lower, lowerWord{t.hash, uint32(len(z.toks) - 1)})
		}
	} else if prev := z.prev(); prev == nil || prev.Para != t.Para || prev.Kind != tWord {
		z.cands = push(z.cands, int32(len(z.toks)-1))
		z.bloom[t.hash>>6&63] |= 1 << (t.hash & 63)
	}
}

// classify sets the classes and flags of word t once Low is known.
func (z *tokenizer) classify(t *token) {
	// Only a word with an apostrophe can end in a possessive.
	if t.seps&sepApos != 0 {
		if s := stripPossessive(t.Low); len(s) != len(t.Low) {
			t.seps |= sepPoss
			// The lookup classified Low; most classes are those of the
			// word without its possessive ending.
			t.cls = z.words.class(s)&^z.exact | t.cls&z.exact
		}
	}
	if t.seps&sepHyphen != 0 && t.cls&cGiven == 0 {
		t.cls |= z.compoundGiven(t.Low)
	}
	t.verbish = t.cls&verbStart != 0 || t.Low == "according" || t.seps&sepHyphen != 0
}

// compoundGiven is the given-name class of a hyphenated word made of given
// names ("Jean-Marc", "Mary-Kate"), which no list holds in every pairing:
// the gender of its first part, as in French usage.
func (z *tokenizer) compoundGiven(low string) uint64 {
	first := uint64(0)
	for n := 0; low != ""; n++ {
		part, rest, _ := strings.Cut(low, "-")
		c := z.words.class(part) & cGiven
		if c == 0 {
			return 0
		}
		if n == 0 {
			first = c
		}
		low = rest
	}
	return first
}

// isFinalAfter reports whether punctuation t ends a sentence, prev being the
// token before it: a full stop, question or exclamation mark that is not the
// period of an abbreviation or initial.
func isFinalAfter(t, prev, next *token) bool {
	switch t.Text {
	case "!", "?", "…", "...", "?!", "!?":
		return true
	case ".":
		if prev != nil && prev.End == t.Start && prev.Kind == tWord {
			if prev.has(cHonorific) || utf8.RuneCountInString(prev.Text) == 1 && prev.cap() || prev.has(xAbbrev) {
				return false
			}
			// "J.M. Roe": the last period of initials before a name is
			// an initial's; "Washington, D.C. “I …" ends a sentence.
			if prev.seps&sepDot != 0 && next != nil && next.Kind == tWord && next.isCap && next.Para == t.Para && initials(prev.Text) {
				return false
			}
		}
		return true
	}
	return false
}

func (z *tokenizer) space(para int32) {
	if n := len(z.toks); n > 0 && z.toks[n-1].Para == para {
		z.toks[n-1].SpaceAfter = true
	}
}

const (
	aOther uint8 = iota
	aSpace
	aWord
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = aSpace
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			t[c] = aWord
		}
	}
	return t
}()

// scanWord returns the end of the word starting at i. Hyphens, apostrophes,
// periods and commas between word characters stay inside the word
// ("a-t-il", "don’t", "U.S", "3,5"), since those are how the lexicon and the
// name rules expect to see them.
//
// apos reports an apostrophe kept inside the word, where an elision may be.
func scanWord(s string, i, end int) (j int, apos bool) {
	j = i
	for j < end {
		var r rune
		size := 1
		if c := s[j]; c < utf8.RuneSelf {
			switch {
			case asciiClass[c] == aWord:
				j++
				continue
			case c == '-' || c == '\'' || c == '.' || c == ',' || c == '&':
				r = rune(c)
			default:
				return j, apos // a space or a sign: most words end here
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			if !isApos(r) {
				return j, apos
			}
		}
		// A separator stays inside the word when a word character follows.
		if j+size >= end {
			break
		}
		r2, _ := utf8.DecodeRuneInString(s[j+size:])
		if !isWordRune(r2) || r == ',' && !(unicode.IsDigit(r2) && j > i && s[j-1] >= '0' && s[j-1] <= '9') {
			break
		}
		apos = apos || isApos(r)
		j += size
	}
	return j, apos
}

// word adds the word s[i:j], splitting a French elision ("l’", "qu’") off
// the front; a hyphenated inverted pronoun ("-t-il") is left attached.
//
// apos tells that the word holds an apostrophe (see scanWord).
func (z *tokenizer) word(s string, i, j int, para int32, apos bool) {
	w := s[i:j]
	if apos {
		if k := aposIndex(w); k > 0 && k <= 6 {
			if low, ok := elision(w[:k]); ok {
				_, asz := utf8.DecodeRuneInString(w[k:])
				e := i + k + asz
				el := z.next()
				el.reset(tWord, s, i, e, para)
				el.Low, el.hash, el.cls, el.seps = low, hashString(low), z.words.class(low), sepApos
				el.isCap = computeCap(el)
				z.classify(el)
				z.noteWord(el)
				if e < j {
					z.word(s, e, j, para, true)
				}
				return
			}
		}
	}
	// A trailing period belongs to the sentence, not the word, except in
	// abbreviations, which the sentence splitter handles.
	t := z.next()
	t.reset(tWord, s, i, j, para)
	var seps uint8
	for k := 0; k < len(w); k++ {
		seps |= byteSeps[w[k]]
	}
	if seps&sepFold == 0 {
		// Lower-case ASCII is its own fold: hashed and looked up as it is.
		t.hash, t.seps, t.Low = hashString(w), seps, w
		if k := z.words.find(w, t.hash); k >= 0 {
			t.Low, t.cls = z.words.keys[k], z.words.cls[k]
		}
		t.isCap = computeCap(t)
		z.classify(t)
		z.noteWord(t)
		return
	}
	start := len(z.fold)
	z.fold, t.hash, t.seps = foldHash(z.fold, w)
	f := z.fold[start:]
	switch k := z.words.findBytes(f, t.hash); {
	case k >= 0:
		t.Low, t.cls = z.words.keys[k], z.words.cls[k]
		z.fold = z.fold[:start]
	case string(f) == w:
		t.Low = w
		z.fold = z.fold[:start]
	default:
		z.pending = append(z.pending, lowRef{tok: int32(len(z.toks) - 1), off: int32(start), n: int32(len(f))})
	}
	t.isCap = computeCap(t)
	if t.Low != "" || len(f) == 0 {
		z.classify(t) // else once its Low is made, at the end
	}
	z.noteWord(t)
}

// foldHash appends the fold of w to dst (text.AppendFold) and returns the
// hash and separators of what it appended (hashSeps), folding ASCII,
// Latin letters with diacritics and typographic apostrophes in one pass;
// anything else starts over through text.AppendFold.
func foldHash(dst []byte, w string) ([]byte, uint32, uint8) {
	seps := uint8(0)
	start := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < utf8.RuneSelf {
			c = lowerASCII[c]
			seps |= sepOf[c]
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if f, ok := text.FoldLatin(r); ok {
			dst = append(dst, f...)
			i += size - 1
			continue
		}
		if r == '’' || r == '‘' || r == 'ʼ' {
			dst = append(dst, '\'')
			seps |= sepApos
			i += size - 1
			continue
		}
		dst = text.AppendFold(dst[:start], w)
		h, seps := hashSeps(dst[start:])
		return dst, h, seps
	}
	return dst, hashBytes(dst[start:]), seps
}

var lowerASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// aposIndex finds the first apostrophe in the first bytes of w, where an
// elision can be.
func aposIndex(w string) int {
	for k := 0; k < len(w) && k <= 7; k++ {
		switch w[k] {
		case '\'':
			return k
		case 0xe2: // ’ is E2 80 99
			if strings.HasPrefix(w[k:], "’") {
				return k
			}
		case 0xca: // ʼ is CA BC
			if strings.HasPrefix(w[k:], "ʼ") {
				return k
			}
		}
	}
	return -1
}

// fold is text.Fold with a fast path for ASCII, which most names are.
func fold(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return text.Fold(w)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if upper {
		return strings.ToLower(w)
	}
	return w
}
