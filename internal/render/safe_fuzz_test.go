package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// onlyStyling fails when s holds anything a terminal would act on other
// than SGR styling: another escape sequence or a control character.
func onlyStyling(t *testing.T, s string) {
	t.Helper()
	state := byte(0)
	for rest := s; len(rest) > 0; {
		seq, width, n, ns := ansi.DecodeSequence(rest, state, nil)
		state = ns
		rest = rest[n:]
		switch {
		case width > 0:
			for _, r := range seq {
				if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
					t.Fatalf("control %U in text %q of %q", r, seq, s)
				}
			}
		case seq == "\n" || seq == "\t":
		case seq[0] >= 0x20 && seq[0] != 0x7f && seq[0] != 0x1b && (seq[0] < 0x80 || seq[0] >= 0xc0):
			// Zero-width text (a combining mark alone) is text, not a
			// sequence; its runes are checked like any text.
			for _, r := range seq {
				if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
					t.Fatalf("control %U in text %q of %q", r, seq, s)
				}
			}
		case IsSGR(seq):
		default:
			t.Fatalf("non-styling sequence %q in %q", seq, s)
		}
	}
}

// FuzzSafe: Safe lets through text and SGR only, whatever it is given.
func FuzzSafe(f *testing.F) {
	for _, s := range []string{
		"plain", "\x1b[1;31mred\x1b[0m", "\x1b[2J\x1b[H", "\x1b]52;c;aGk=\x07", "\x1b]8;;http://e.org\x1b\\x\x1b]8;;\x1b\\",
		"\u009b2J", "\x1bP+q544e\x1b\\", "\x1b[?1049h", "a\u202eb", "\x1b[38;5;214mok", "\x1b", "\x1b[", "\x1b]", "\x07\x08\x0b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Safe(in)
		onlyStyling(t, out)
		if again := Safe(out); again != out {
			t.Fatalf("Safe not idempotent: %q → %q", out, again)
		}
	})
}

func TestSafeKeepsStylingOnly(t *testing.T) {
	in := "a\x1b[1mB\x1b[0m\x1b[2Jc\x1b]52;c;eA==\x07d\x1b]8;;http://x\x1b\\e\x1b]8;;\x1b\\\u009b31mf\u202eg\x1b[?25lh"
	out := Safe(in)
	onlyStyling(t, out)
	// The 8-bit CSI goes; its parameters stay as harmless text.
	if got := ansi.Strip(out); got != "aBcde31mfgh" {
		t.Errorf("text after Safe = %q, want %q", got, "aBcde31mfgh")
	}
	if !strings.Contains(out, "\x1b[1m") {
		t.Errorf("styling dropped: %q", out)
	}
}
