package tui

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dixit-news/dixit/internal/render"
)

var (
	fg256      = regexp.MustCompile(`\x1b\[[0-9;]*38;5;([0-9]+)[0-9;]*m`)
	quoteStyle = regexp.MustCompile(`\x1b\[[14];38;5;([0-9]+)m`) // the reader's quote style (Theme.RenderStyles)
)

// TestEightSpeakerColours opens an article in which eight people speak and
// reads back the colour each one's quote is drawn in by the reader, and
// their name in the side pane: the same colour in both, eight different
// colours, every pair at least the palette's CIEDE2000 distance apart (in
// normal vision, and for the colour-blind palette as the three dichromacies
// see them), every colour at least 4.5:1 against each reference background
// of the mode, in dark and light and in both palettes.
func TestEightSpeakerColours(t *testing.T) {
	store, _ := eightStore(t)
	all := []render.Vision{render.Normal, render.Protanopia, render.Deuteranopia, render.Tritanopia}
	for _, c := range []struct {
		theme, palette string
		visions        []render.Vision
		minDE          float64
	}{
		{"dark", "default", []render.Vision{render.Normal}, 24},
		{"light", "default", []render.Vision{render.Normal}, 24},
		{"dark", "colorblind", all, 11},
		{"light", "colorblind", all, 9},
	} {
		t.Run(c.theme+"/"+c.palette, func(t *testing.T) {
			m, err := New(context.Background(), store, Options{Theme: c.theme, Palette: c.palette})
			if err != nil {
				t.Fatal(err)
			}
			d := newDriver(t, m, 200, 50)
			doc, e := d.m.reader.doc, d.m.reader.entry
			if doc == nil || e == nil || len(e.Result.Quotes) != 8 {
				t.Fatal("the eight-speaker article did not open")
			}
			colours := map[string]int{}
			for i, q := range e.Result.Quotes {
				m := quoteStyle.FindStringSubmatch(doc.Lines[doc.QuoteLine[i]])
				if m == nil {
					t.Fatalf("quote %d (%s) is drawn without a colour: %q", i, q.Speaker, doc.Lines[doc.QuoteLine[i]])
				}
				n, _ := strconv.Atoi(m[1])
				colours[q.Speaker] = n
				// The side pane draws the name in the same colour (the row
				// as drawn when not selected: the selection has its own).
				name := regexp.MustCompile(`\x1b\[[0-9;]*38;5;` + m[1] + `[0-9;]*m` + regexp.QuoteMeta(q.Speaker))
				if !name.MatchString(d.m.side.item(i)[0]) {
					t.Errorf("%s: the side pane does not draw the name in colour %d", q.Speaker, n)
				}
			}
			bgs := render.LightBackgrounds
			if c.theme == "dark" {
				bgs = render.DarkBackgrounds
			}
			worstDE, worstC := 999.0, 99.0
			for i, a := range eightSpeakers {
				for _, bg := range bgs {
					cr := render.Contrast(render.Xterm(colours[a]), bg)
					worstC = min(worstC, cr)
					if cr < 4.5 {
						t.Errorf("%s in colour %d: contrast %.2f:1 on %v, want ≥ 4.5:1", a, colours[a], cr, bg)
					}
				}
				for _, b := range eightSpeakers[i+1:] {
					for _, v := range c.visions {
						de := render.DeltaE2000(render.Xterm(colours[a]).As(v).ToLab(), render.Xterm(colours[b]).As(v).ToLab())
						worstDE = min(worstDE, de)
						if de < c.minDE {
							t.Errorf("%s (%d) and %s (%d): ΔE00 %.1f in vision %d, want ≥ %.0f", a, colours[a], b, colours[b], de, v, c.minDE)
						}
					}
				}
			}
			t.Logf("colours %v: least ΔE00 %.1f, least contrast %.2f:1", fmt.Sprint(colours), worstDE, worstC)
		})
	}
}

// Without colour the speakers are still told apart: names and direct
// quotes bold, reported speech underlined, and no colour at all.
func TestEightSpeakersNoColor(t *testing.T) {
	store, _ := eightStore(t)
	d := newDriver(t, newTestModel(t, store, "dark", true), 200, 50)
	doc := d.m.reader.doc
	if doc == nil {
		t.Fatal("the article did not open")
	}
	for i, q := range d.m.reader.entry.Result.Quotes {
		l := doc.Lines[doc.QuoteLine[i]]
		if quoteStyle.MatchString(l) || !strings.Contains(l, "\x1b[1m") {
			t.Errorf("quote %d (%s) without colour: %q", i, q.Speaker, l)
		}
	}
	for i, name := range eightSpeakers {
		head := d.m.side.item(i)[0]
		if !regexp.MustCompile(`^\x1b\[1m`+regexp.QuoteMeta(name)).MatchString(head) || fg256.MatchString(head) {
			t.Errorf("%s is not bold, or has a colour, in the side pane: %q", name, head)
		}
	}
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "Wendeline Ossory") {
		t.Errorf("the side pane lacks the speakers:\n%s", f)
	}
}
