package render

import (
	"strings"

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
	var b strings.Builder
	b.Grow(len(s))
	p := ansi.GetParser()
	defer ansi.PutParser(p)
	state := byte(0)
	for len(s) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(s, state, p)
		state = newState
		switch {
		case width > 0 || n == 1 && (seq == "\n" || seq == "\t"):
			if width > 0 && hasControl(seq) {
				break
			}
			b.WriteString(seq)
		case ansi.HasCsiPrefix(seq) && p.Command() == 'm' && !strings.ContainsAny(seq[2:], "<=>?"):
			b.WriteString(seq)
		}
		s = s[n:]
	}
	return b.String()
}

func needsFilter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 || c == 0xe2 || c == 0xd8 {
			return true
		}
	}
	return false
}

func hasControl(seq string) bool {
	for _, r := range seq {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			return true
		}
	}
	return false
}
