package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// borderRunes are what pane and box borders are drawn with.
const borderRunes = "│┃╭╮╰╯┌┐└┘┏┓┗┛─━"

// TestHelpBoxBorderStandsAlone opens the help at every width from 60 to
// 200: the box's left and right borders never touch a pane's border drawn
// beside them (at 80 columns the box left one column, the panes' right
// border, and the frame read ┓┐, ┃│, ┛┘ down its right side).
func TestHelpBoxBorderStandsAlone(t *testing.T) {
	store := corpus(t)
	for _, h := range []int{24, 40} {
		for w := 60; w <= 200; w++ {
			d := newDriver(t, newTestModel(t, store, "dark", false), w, h)
			d.key("?")
			rows := strings.Split(ansi.Strip(d.frame()), "\n")
			top := -1
			for i, r := range rows {
				if strings.Contains(r, "dixit — keys") {
					top = i - 1
					break
				}
			}
			if top < 0 {
				t.Fatalf("%dx%d: no help box:\n%s", w, h, strings.Join(rows, "\n"))
			}
			title := []rune(rows[top+1])
			left := strings.Index(string(title), "dixit — keys")
			x := len([]rune(string(title)[:left])) - 2 // the border, a space of padding
			corner := []rune(rows[top])
			bw := 0
			for i := x; i < len(corner) && (i == x || !strings.ContainsRune("┐┓╮", corner[i-1])); i++ {
				bw++
			}
			for i := top; i < len(rows)-2; i++ {
				r := []rune(rows[i])
				if !strings.ContainsRune(borderRunes, r[x]) {
					break // below the box
				}
				if x > 0 && strings.ContainsRune(borderRunes, r[x-1]) && r[x-1] != '─' && r[x-1] != '━' {
					t.Errorf("%dx%d row %d: a border left of the help box: %q", w, h, i, string(r))
				}
				if x+bw < len(r) && strings.ContainsRune(borderRunes, r[x+bw]) && r[x+bw] != '─' && r[x+bw] != '━' {
					t.Errorf("%dx%d row %d: a border right of the help box: %q", w, h, i, string(r))
				}
			}
		}
	}
}
