package tui

// Drawing the panes' borders by hand. lipgloss measures, wraps and pads
// every line of a bordered block several times over; the panes' content is
// already cut to the box, so each line needs only its width measured once.
// A frame took about 3 ms that way at 140×40, most of opening an article
// whose rendering is cached and of a filter keystroke.

import (
	"strings"
	"sync"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// boxParts is a bordered box of one style and width, cut into the pieces
// every box of that style and width shares: lipgloss draws them once.
type boxParts struct {
	top, bottom, left, right string
}

type boxKey struct {
	focused bool
	width   int
}

// boxCache holds the parts by style and width; a theme has its own.
type boxCache struct {
	mu    sync.Mutex
	parts map[boxKey]boxParts
}

func (c *boxCache) get(t *Theme, focused bool, width int) (boxParts, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := boxKey{focused, width}
	if p, ok := c.parts[k]; ok {
		return p, true
	}
	style := t.Border
	if focused {
		style = t.BorderFocus
	}
	lines := strings.Split(style.Width(width).Height(3).MaxHeight(3).Render(""), "\n")
	inner := strings.Repeat(" ", width-2)
	if len(lines) != 3 || !strings.Contains(lines[1], inner) {
		return boxParts{}, false
	}
	i := strings.Index(lines[1], inner)
	p := boxParts{top: lines[0], bottom: lines[2], left: lines[1][:i], right: lines[1][i+len(inner):]}
	if c.parts == nil {
		c.parts = map[boxKey]boxParts{}
	}
	c.parts[k] = p
	return p, true
}

// paneBox draws content in the pane border of the theme, width × height
// cells with the border: what
// style.Width(width).Height(height).MaxHeight(height).Render(clip(content,
// width-2, height-2)) draws, with each line measured once.
func (t *Theme) paneBox(focused bool, content string, width, height int) string {
	inner, rows := width-2, height-2
	p, ok := t.boxes.get(t, focused, width)
	// lipgloss turns tabs into spaces and drops carriage returns: such
	// content, never the panes' own, is left to it.
	if !ok || inner < 1 || rows < 1 || strings.ContainsAny(content, "\t\r") {
		style := t.Border
		if focused {
			style = t.BorderFocus
		}
		return style.Width(width).Height(height).MaxHeight(height).Render(clip(content, inner, max(rows, 0)))
	}
	var b strings.Builder
	b.Grow(len(content) + height*(len(p.left)+len(p.right)+inner/2+1))
	b.WriteString(p.top)
	n := 0
	for l := range strings.SplitSeq(content, "\n") {
		if n == rows {
			break
		}
		w := cellWidth(l)
		if w > inner {
			l = fit(l, inner)
			w = ansi.StringWidth(l)
		}
		b.WriteByte('\n')
		b.WriteString(p.left)
		b.WriteString(l)
		b.WriteString(strings.Repeat(" ", inner-w))
		b.WriteString(p.right)
		n++
	}
	for ; n < rows; n++ {
		b.WriteByte('\n')
		b.WriteString(p.left)
		b.WriteString(strings.Repeat(" ", inner))
		b.WriteString(p.right)
	}
	b.WriteByte('\n')
	b.WriteString(p.bottom)
	return b.String()
}

// joinRows puts blocks of the same number of lines side by side, as
// lipgloss.JoinHorizontal does when each block's lines are all as wide.
func joinRows(blocks []string) string {
	if len(blocks) == 1 {
		return blocks[0]
	}
	split := make([][]string, len(blocks))
	size := 0
	for i, bl := range blocks {
		split[i] = strings.Split(bl, "\n")
		size += len(bl)
		if len(split[i]) != len(split[0]) {
			return lipgloss.JoinHorizontal(lipgloss.Top, blocks...)
		}
	}
	var b strings.Builder
	b.Grow(size)
	for r := range split[0] {
		if r > 0 {
			b.WriteByte('\n')
		}
		for i := range split {
			b.WriteString(split[i][r])
		}
	}
	return b.String()
}

// cellWidth is ansi.StringWidth, without its grapheme segmentation for the
// common line of printable ASCII and SGR sequences.
func cellWidth(s string) int {
	w := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			w++
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j == len(s) || s[j] != 'm' {
				return ansi.StringWidth(s)
			}
			i = j
		default:
			return ansi.StringWidth(s)
		}
	}
	return w
}
