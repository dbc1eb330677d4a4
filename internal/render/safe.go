package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Safe lets only styling through: text, newlines and SGR sequences (CSI …
// m). Every other escape (cursor moves, OSC 8 links, OSC 52 clipboard
// writes, DCS, title changes) and every other control character is dropped.
// Glamour decodes HTML entities such as &#27; into live escapes, so its
// output goes through here before it reaches a terminal.
func Safe(s string) string {
	if !needsFilter(s) {
		return s
	}
	// Stray bytes become U+FFFD, or the decoder below could glue a newline
	// onto one; bare C1 bytes (0x9b is CSI) stay for it to drop as
	// controls, with their parameters.
	s = repairUTF8(s)
	var b strings.Builder
	b.Grow(len(s))
	// No parser: ansi's parser collects at most 32 parameters and panics
	// on a CSI with more; sequences are told apart by their bytes instead.
	state := byte(0)
	for len(s) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(s, state, nil)
		state = newState
		switch {
		case n == 1 && (seq == "\n" || seq == "\t"):
			b.WriteString(seq)
		case width > 0 || isText(seq):
			if !hasControl(seq) {
				b.WriteString(seq)
			}
		case IsSGR(seq): // 7-bit SGR only
			b.WriteString(seq)
		}
		s = s[n:]
	}
	return b.String()
}

// IsSGR reports a 7-bit Select Graphic Rendition sequence: ESC [, digits,
// ";" or ":", and "m". Nothing else in it: no private marker, no
// intermediate byte.
func IsSGR(seq string) bool {
	if len(seq) < 3 || seq[0] != 0x1b || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; !(c >= '0' && c <= '9' || c == ';' || c == ':') {
			return false
		}
	}
	return true
}

func repairUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r != utf8.RuneError || n > 1:
			b.WriteString(s[i : i+n])
		case s[i] >= 0x80 && s[i] <= 0x9f:
			b.WriteByte(s[i])
		default:
			b.WriteRune(utf8.RuneError)
		}
		i += n
	}
	return b.String()
}

func needsFilter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 || c == 0xe2 || c == 0xd8 {
			return true
		}
	}
	// A byte 0x80–0x9f outside a UTF-8 sequence is an 8-bit C1 control
	// (0x9b is CSI) to a terminal that reads them.
	return !utf8.ValidString(s)
}

// isText reports a grapheme of text, zero-width ones included: the decoder
// returns a combining accent (e + U+0301) or a joiner apart from its
// letter, and dropping it would strip the accent.
func isText(seq string) bool {
	c := seq[0]
	return c >= 0x20 && c != 0x7f && (c < 0x80 || c >= 0xc0)
}

func hasControl(seq string) bool {
	for _, r := range seq {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			return true
		}
	}
	return false
}
