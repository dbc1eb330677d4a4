package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestSafe(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Valbois : la fête du jumelage", "Valbois : la fête du jumelage"},
		{"newlines and tabs", "a\nb\tc", "a\nb\tc"},
		{"sgr kept", "\x1b[1;38;5;214mquote\x1b[0m \x1b[m", "\x1b[1;38;5;214mquote\x1b[0m \x1b[m"},
		{"sgr colon form kept", "\x1b[38:2::255:0:0mx", "\x1b[38:2::255:0:0mx"},
		{"private sgr-like dropped", "a\x1b[>4;1mb\x1b[?1mc\x1b[<0md", "abcd"},
		{"erase screen", "a\x1b[2Jb\x1b[Kc", "abc"},
		{"cursor moves", "a\x1b[10;10Hb\x1b[5Ac\x1b[3Cd\x1b7e\x1b8f", "abcdef"},
		{"osc 52 bel", "a\x1b]52;c;ZXZpbA==\ab", "ab"},
		{"osc 52 st", "a\x1b]52;c;ZXZpbA==\x1b\\b", "ab"},
		{"osc 8 keeps text", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"osc title", "\x1b]0;pwned\a\x1b]2;x\x1b\\t", "t"},
		{"unterminated osc", "x\x1b]52;c;abc", "x"},
		{"dcs apc pm sos", "a\x1bPq#0\x1b\\b\x1b_apc\x1b\\c\x1b^pm\x1b\\d\x1bXsos\x1b\\e", "abcde"},
		{"esc sequences", "a\x1bcb\x1b(0c\x1bMd", "abcd"},
		{"c0 controls", "a\rb\ac\x00d\x7fe\bf\x0eg", "abcdefg"},
		{"c1 as utf-8", "a\u009b2Jb\u009d52;c;eA==\u009cc\u0085d\u0090e", "a2Jb52;c;eA==cde"},
		{"c1 8-bit csi", "a\x9b2Jb", "ab"},
		{"c1 8-bit sgr", "a\x9b31mb", "ab"},
		{"c1 8-bit nel", "a\x85b", "ab"},
		{"c1 8-bit after utf-8", "é\x9b2Jx", "éx"},
		{"bidi overrides", "\u202eabc\u202c \u2066x\u2069\u202ay\u202dz\u2067\u2068", "abc xyz"},
		{"entities are text", "&#27;[31m &#x1b; &#155;", "&#27;[31m &#x1b; &#155;"},
		{"wide and combining", "日本\x1b[5Ce\u0301", "日本e\u0301"},
		{"combining kept with sgr", "\x1b[1mcafe\u0301\x1b[0m a\u200db \u0628\u064e", "\x1b[1mcafe\u0301\x1b[0m a\u200db \u0628\u064e"},
		{"emoji", "👍🏽 ok\x1b[2J", "👍🏽 ok"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Safe(tc.in)
			if got != tc.want {
				t.Errorf("Safe(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := Safe(got); again != got {
				t.Errorf("Safe is not idempotent: %q → %q", got, again)
			}
			assertOnlySGR(t, got, true)
		})
	}
}

// TestSafeFuzzish builds strings from hostile pieces in many orders and
// checks that nothing but text, newlines, tabs and 7-bit SGR survives.
func TestSafeFuzzish(t *testing.T) {
	pieces := []string{"text ", "é", "日本", "\x1b[31m", "\x1b[0m", "\x1b[2J", "\x1b]52;c;eA==\a", "\x1b]8;;u\x1b\\",
		"\x1b", "[", "]", "\a", "\x9b", "\x9d", "\u009b", "\u202e", "\u2066", "\r", "\n", "\t", "&#27;", ";", "m", "\x1bP", "\x1b\\", "\xff"}
	seed := uint32(1)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for range 5000 {
		var b strings.Builder
		for range 1 + next()%12 {
			b.WriteString(pieces[next()%len(pieces)])
		}
		assertOnlySGR(t, Safe(b.String()), true)
	}
}

// assertOnlySGR fails on any escape sequence but 7-bit SGR and on any
// control character but newline (and tab when allowed).
func assertOnlySGR(t *testing.T, s string, tabs bool) {
	t.Helper()
	state := byte(0)
	for rest := s; len(rest) > 0; {
		seq, width, n, ns := ansi.DecodeSequence(rest, state, nil)
		state = ns
		rest = rest[n:]
		switch {
		case seq == "\n" || tabs && seq == "\t":
		case IsSGR(seq):
		case width > 0 || seq[0] >= 0x20 && seq[0] != 0x7f && (seq[0] < 0x80 || seq[0] >= 0xc0): // text, combining marks too
			for _, r := range seq {
				if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
					t.Errorf("control %U in %q (of %q)", r, seq, s)
				}
			}
		default:
			t.Errorf("escape or control %q in %q", seq, s)
		}
	}
}
