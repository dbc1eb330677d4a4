package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// sweepState puts a model (already sized) in a state; want is text the
// frame shows in that state at 120×24.
type sweepState struct {
	name  string
	setup func(d *driver)
	want  string
}

var sweepStates = []sweepState{
	{"list", func(d *driver) {}, "/ to filter"},
	{"reader", func(d *driver) { d.key("j", "enter") }, "Piscine des Tilleuls : déjà 4 000"},
	// p shows the side pane in the narrower layouts; in the three-pane one
	// enter focuses the reader and tab the side pane.
	{"side", func(d *driver) {
		d.key("j", "enter")
		if d.m.layoutMode() < 3 {
			d.key("p")
		} else {
			d.key("tab")
		}
	}, "Spk "}, // at 120 columns the pane's tabs are compact
	{"speakers", func(d *driver) { d.key("s") }, "60 of 60 speakers"},
	{"speakers-filtered", func(d *driver) { d.key("s"); d.typeText("konov") }, "1 of 60 speakers"},
	{"help", func(d *driver) { d.key("?") }, "dixit — keys"},
	{"export", func(d *driver) { d.key("e") }, "Export quotes"},
	{"filter", func(d *driver) { d.key("/"); d.typeText(`speaker:"Ivan Konovalov"`) }, "1 article"},
	{"sorted", func(d *driver) { d.key("S", "S", "S") }, "sorted by title, A to Z"},
	{"quotes", func(d *driver) { d.key("Q") }, "149 quotes · from the sample articles"},
	{"quotes-filtered", func(d *driver) { d.key("Q", "/"); d.typeText("kind:direct speaker:marchetti") }, "/ kind:direct speaker:marchetti"},
	{"stats", func(d *driver) { d.key("W") }, "Who is quoted"},
	{"stats-filtered", func(d *driver) { d.key("/"); d.typeText("lang:fr"); d.key("enter", "W") }, "filtered: lang:fr"},
	{"speaker-view", func(d *driver) { d.key("s"); d.typeText("konov"); d.key("enter", "tab", "tab") }, "Quotes by Ivan Konovalov"},
}

var sweepHeights = []int{8, 24, 50}

// TestViewSweep resizes every state across every width from 40 to 200
// (the layout breakpoints 79/80 and 109/110 included) at a few heights and
// checks the frame is exactly the terminal's size: height lines, none wider
// than the width.
func TestViewSweep(t *testing.T) {
	if testing.Short() {
		// .ci/run runs this in full, then again under -race -short.
		t.Skip("-short: the full run covers this sweep")
	}
	store := corpus(t)
	for _, st := range sweepStates {
		for _, th := range goldenThemes[1:] { // light (colour) and NoColor
			t.Run(st.name+"/"+th.name, func(t *testing.T) {
				t.Parallel()
				for _, h := range sweepHeights {
					// The side pane is reached differently in the two- and
					// three-pane layouts: set it up in both.
					setupWidths := []int{120}
					if st.name == "side" {
						setupWidths = []int{80, 120}
					}
					for _, w0 := range setupWidths {
						d := newDriver(t, newTestModel(t, store, th.theme, th.noColor), w0, h)
						st.setup(d)
						for w := 40; w <= 200; w++ {
							d.send(sizeMsg(w, h))
							checkFrame(t, d.frame(), w, h, st.name)
						}
						d.send(sizeMsg(120, 24))
						if f := ansi.Strip(d.frame()); !strings.Contains(f, st.want) || strings.Contains(f, "Rendering…") {
							t.Errorf("%s (set up at %d columns): frame at 120×24 lacks %q:\n%s", st.name, w0, st.want, f)
						}
					}
				}
			})
		}
	}
}

func checkFrame(t *testing.T, frame string, w, h int, state string) {
	t.Helper()
	lines := strings.Split(frame, "\n")
	if len(lines) != h {
		t.Errorf("%s %dx%d: %d lines, want %d", state, w, h, len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%s %dx%d: line %d is %d cells wide: %q", state, w, h, i, lw, ansi.Strip(l))
		}
	}
}
