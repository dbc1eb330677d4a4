// Package text holds the small, dependency-free helpers every stage shares:
// cleaning untrusted text, splitting it into paragraphs with byte offsets, and
// folding case and accents for comparisons.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Sanitize returns s as valid UTF-8 with every control character except
// newline and tab removed: C0 and C1 controls (which carry terminal escape
// sequences), DEL, bidi overrides and isolates, and the BOM. Carriage returns
// become newlines so that offsets computed later refer to the clean text.
// Dropping ESC alone would leave the printable tail of a sequence behind, so
// whole CSI, OSC, DCS and similar sequences are removed.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		switch {
		case r == 0x1b:
			i = skipEscape(s, i)
			continue
		case r == 0x9b || r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			// C1 introducers of CSI, OSC, DCS, SOS, PM and APC.
			i = skipC1(s, i+size, r)
			continue
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
				continue
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case IsControl(r):
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// Line is Sanitize for a value shown on one line: a name, a path, a URL, a
// feed field, a table cell or an error message. Every run of white space,
// line breaks and tabs included, becomes one space, so such a value can
// neither forge a line of output nor misalign a column.
func Line(s string) string {
	return strings.Join(strings.FieldsFunc(Sanitize(s), IsSpace), " ")
}

// Name is Line for a person's or an organisation's name, without the
// invisible characters (IsInvisible) that would make "Nora Qu\u200bill" a
// look-alike of "Nora Quill" that a search for "quill" does not find.
func Name(s string) string {
	if strings.IndexFunc(s, IsInvisible) >= 0 {
		s = strings.Map(func(r rune) rune {
			if IsInvisible(r) {
				return -1
			}
			return r
		}, s)
	}
	return Line(s)
}

// IsInvisible reports a character that takes no space and shows nothing:
// the format characters (zero-width space and joiners, soft hyphen, word
// joiner, bidi marks, tags) and the fillers and selectors Unicode lists as
// default-ignorable.
func IsInvisible(r rune) bool {
	switch {
	case r < 0xad:
		return false
	case unicode.Is(unicode.Cf, r),
		r == 0x034f, r == 0x115f, r == 0x1160, r == 0x3164, r == 0xffa0,
		r >= 0x180b && r <= 0x180f, r >= 0xfe00 && r <= 0xfe0f, r >= 0xe0100 && r <= 0xe01ef:
		return true
	}
	return false
}

// IsControl reports whether r must never reach a terminal or the store:
// C0/C1 controls, DEL, bidi embedding/override/isolate marks, and the BOM.
func IsControl(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c, r == 0xfeff:
		return true
	}
	return false
}

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 {
			if c >= 0x80 {
				return utf8.ValidString(s) && !hasWideControl(s)
			}
			return false
		}
	}
	return true
}

func hasWideControl(s string) bool {
	for _, r := range s {
		if r != '\n' && r != '\t' && IsControl(r) {
			return true
		}
	}
	return false
}

// skipEscape returns the index just past the escape sequence that starts at
// s[i] == ESC.
func skipEscape(s string, i int) int {
	i++
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		i++
		for i < len(s) && !(s[i] >= 0x40 && s[i] <= 0x7e) {
			i++
		}
		return min(i+1, len(s))
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	default:
		// Two- or three-byte sequences such as ESC ( B or ESC 7.
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		return min(i+1, len(s))
	}
}

func skipC1(s string, i int, intro rune) int {
	if intro == 0x9b {
		for i < len(s) && !(s[i] >= 0x40 && s[i] <= 0x7e) {
			i++
		}
		return min(i+1, len(s))
	}
	return skipString(s, i)
}

// skipString skips an OSC/DCS-style string up to BEL, ST (ESC \) or the C1
// ST, or to the end of the line when the terminator is missing, so a broken
// sequence cannot swallow the rest of an article.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == '\n':
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0x9c {
			return i + size
		}
		i += size
	}
	return i
}

// Paragraphs splits s into paragraphs. A blank line always ends a paragraph;
// a single newline does too, unless the lines look hard-wrapped: the first
// does not end a sentence and the next starts in lower case.
func Paragraphs(s string) []Span { return AppendParagraphs(nil, s) }

// AppendParagraphs appends the paragraphs of s to out, as Paragraphs finds
// them, for callers that reuse one slice.
func AppendParagraphs(out []Span, s string) []Span {
	start := -1
	lineStart := 0
	for lineStart <= len(s) {
		nl := strings.IndexByte(s[lineStart:], '\n')
		lineEnd := len(s)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		line := strings.TrimSpace(s[lineStart:lineEnd])
		switch {
		case line == "":
			if start >= 0 {
				out = append(out, trimSpan(s, Span{start, lineStart}))
				start = -1
			}
		case start < 0:
			start = lineStart
		case !softBreak(s[start:lineStart], line):
			out = append(out, trimSpan(s, Span{start, lineStart}))
			start = lineStart
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, trimSpan(s, Span{start, len(s)}))
	}
	return out
}

func softBreak(prev, next string) bool {
	prev = strings.TrimRightFunc(prev, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;»\"”’)…", r) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(n)
}

func trimSpan(s string, sp Span) Span {
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(s[sp.Start:])
		if !IsSpace(r) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(s[:sp.End])
		if !IsSpace(r) {
			break
		}
		sp.End -= size
	}
	return sp
}

// TrimSpan narrows sp to exclude leading and trailing white space, including
// the no-break spaces French typography puts inside guillemets.
func TrimSpan(s string, sp Span) Span { return trimSpan(s, sp) }

// IsSpace reports white space, including U+00A0 and U+202F.
func IsSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0xa0 || r == 0x202f || r == 0x2009 || r == 0x200b
}

// Fold lower-cases s, removes diacritics and normalises apostrophes, so that
// "Élysée" and "elysee" compare equal.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// Latin letters, nearly all of French and English, fold through a table;
	// anything else goes through Unicode decomposition.
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r >= 0xc0 && r < 0x180 && latinFold[r-0xc0] != "":
			b.WriteString(latinFold[r-0xc0])
		case r == '’' || r == '‘' || r == 'ʼ':
			b.WriteByte('\'')
		default:
			return foldSlow(s)
		}
	}
	return b.String()
}

// AppendFold appends Fold(s) to dst. Tokenizers fold word after word into
// one buffer this way, without a string per word.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return appendFoldRunes(dst, s, i)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendFoldRunes folds s[i:] once a byte beyond ASCII is met; dst already
// holds the fold of s[:i].
func appendFoldRunes(dst []byte, s string, i int) []byte {
	mark := len(dst) - i
	for _, r := range s[i:] {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r >= 0xc0 && r < 0x180 && latinFold[r-0xc0] != "":
			dst = append(dst, latinFold[r-0xc0]...)
		case r == '’' || r == '‘' || r == 'ʼ':
			dst = append(dst, '\'')
		default:
			return append(dst[:mark], foldSlow(s)...)
		}
	}
	return dst
}

// FoldLatin returns what Fold turns r into when r is a Latin letter with a
// diacritic or a capital (U+00C0 to U+017F) folded through its table, so
// that a caller folding rune by rune agrees with Fold.
func FoldLatin(r rune) (string, bool) {
	if r >= 0xc0 && r < 0x180 && latinFold[r-0xc0] != "" {
		return latinFold[r-0xc0], true
	}
	return "", false
}

// latinFold maps U+00C0…U+017F to lower-case letters without diacritics.
var latinFold = func() [0xc0]string {
	var t [0xc0]string
	for r := rune(0xc0); r < 0x180; r++ {
		f := foldSlow(string(r))
		if f != string(r) && len(f) <= 2 {
			t[r-0xc0] = f
		}
	}
	return t
}()

func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		r = unicode.ToLower(r)
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case r == 'œ':
			b.WriteString("oe")
			continue
		case r == 'æ':
			b.WriteString("ae")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
