package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestPaneBoxDrawsWhatLipglossDraws: the hand-drawn pane border is byte for
// byte lipgloss's bordered block of the content cut to it, for every
// theme, focus and kind of line: ASCII, accents, wide and combining
// characters, SGR styling, lines too long, too many or too few lines, a tab.
func TestPaneBoxDrawsWhatLipglossDraws(t *testing.T) {
	contents := []string{
		"",
		"one line",
		"Sénat : « il faut voter »\n\x1b[1;38;5;214m“Quoted,”\x1b[m said Anouk Brévin\n\n",
		"a line far too long for the narrow box it is drawn in, cut with an ellipsis",
		"\x1b[7m" + strings.Repeat("x", 40) + "\x1b[m\n東京の記者会見\ne\u0301te\u0301 cafe\u0301",
		strings.Repeat("row\n", 30),
		"tab\there\nand a \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
		"trailing spaces   \n   leading",
	}
	for _, th := range []*Theme{NewTheme(true, false, false), NewTheme(false, false, true), NewTheme(true, true, false)} {
		for _, focused := range []bool{false, true} {
			style := th.Border
			if focused {
				style = th.BorderFocus
			}
			for _, c := range contents {
				for _, size := range [][2]int{{20, 8}, {33, 12}, {3, 3}, {60, 4}} {
					w, h := size[0], size[1]
					want := style.Width(w).Height(h).MaxHeight(h).Render(clip(c, w-2, h-2))
					if got := th.paneBox(focused, c, w, h); got != want {
						t.Errorf("dark=%t nocolor=%t focused=%t %dx%d %q:\ngot  %q\nwant %q", th.Dark, th.NoColor, focused, w, h, c, got, want)
					}
				}
			}
		}
	}
}

// TestJoinRowsJoinsLikeLipgloss: blocks of equal height side by side, and
// lipgloss's own join for blocks of unequal height.
func TestJoinRowsJoinsLikeLipgloss(t *testing.T) {
	th := NewTheme(true, false, false)
	for _, blocks := range [][]string{
		{th.paneBox(false, "list\nrows", 20, 6), th.paneBox(true, "the\x1b[1m article\x1b[m", 30, 6), th.paneBox(false, "side", 12, 6)},
		{th.paneBox(false, "alone", 20, 6)},
		{th.paneBox(false, "tall", 20, 6), th.paneBox(false, "short", 20, 4)},
	} {
		if got, want := joinRows(blocks), lipgloss.JoinHorizontal(lipgloss.Top, blocks...); got != want {
			t.Errorf("joinRows:\n%q\nwant\n%q", got, want)
		}
	}
}

// TestCellWidth: the ASCII fast path agrees with ansi.StringWidth.
func TestCellWidth(t *testing.T) {
	for _, s := range []string{"", "plain", "\x1b[1;38;5;214mbold\x1b[m", "\x1b[38:2::1:2:3mx", "é", "a\x1b]0;t\x07b", "\x1b[", "x\x1b[1", "東京", "\t", "\x1b[2Jx", "\x7f"} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
