package tui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// trailStore is a library of the trail corpus (librarytest.TrailCorpus):
// one quote carried by five fictional outlets.
func trailStore(t testing.TB) library.Store {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, e := range librarytest.TrailCorpus() {
		if _, _, err := s.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// The trail view's screen, from the Quotes view: the radio's quote (the
// second newest) and its trail, earliest first.
func TestTrailGoldens(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the full run covers this sweep")
	}
	store := trailStore(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		t.Run(sizeName(sz[0], sz[1]), func(t *testing.T) {
			for _, th := range goldenThemes {
				t.Run(th.name, func(t *testing.T) {
					t.Parallel()
					s := newScreen(t, newTestModel(t, store, th.theme, th.noColor), sz[0], sz[1])
					s.waitFor("list", func(x string) bool {
						return strings.Contains(x, "6 articles") && strings.Contains(x, "%") && !strings.Contains(x, "Rendering…")
					})
					s.key("Q")
					s.waitFor("quotes view", func(x string) bool { return strings.Contains(x, "6 quotes · enter opens") })
					s.key("j", "t")
					got := s.waitFor("trail", func(x string) bool {
						return strings.Contains(x, "Trail of") && strings.Contains(x, "5 occurrences")
					})
					s.quit()
					checkScreenShape(t, got, sz[0], sz[1])
					golden.RequireEqual(t, got)
				})
			}
		})
	}
}

func TestTrailView(t *testing.T) {
	store := trailStore(t)
	d := newDriver(t, newTestModel(t, store, "dark", false), 120, 40)

	// From the Quotes view: the trail, then esc back to the Quotes view.
	d.key("Q", "j", "t")
	f := ansi.Strip(d.frame())
	for _, s := range []string{"Trail of “We will not sell the Saltmere ferry to anyone", "5 occurrences · 4 wordings · 4 altered",
		"2026-04-01 08:00 · Harbour Ledger · Imogen Farrowby · direct", "earliest",
		"to [-anyone,-] {+anybody,+} not this", "We will [-not-] {+never+} sell", "Farrowby · direct", "1 word changed",
		"[-We will-] not sell the Saltmere ferry to anyone [-not this year and not next year-]", "fragment, now reported",
		"North Quay Radio · Odile Marchetti · direct", "other speaker"} {
		if !strings.Contains(f, s) {
			t.Errorf("the trail view lacks %q:\n%s", s, f)
		}
	}
	// Earliest first.
	if strings.Index(f, "Harbour Ledger") > strings.Index(f, "Kelder Courier") || strings.Index(f, "Saltmere Gazette") > strings.Index(f, "North Quay Radio") {
		t.Errorf("not earliest first:\n%s", f)
	}
	// The words dropped and added in colour.
	if raw := d.frame(); !strings.Contains(raw, "\x1b[9") && !strings.Contains(raw, ";9m") {
		t.Errorf("no strike-through for dropped words")
	}
	d.key("esc")
	if d.m.overlay != overlayQuotes {
		t.Fatalf("esc from a trail opened in the Quotes view goes back there, not %v", d.m.overlay)
	}

	// enter on the second occurrence opens its article at the quote.
	d.key("j", "t", "j", "enter")
	if d.m.overlay != overlayNone || d.m.reader.entry == nil || d.m.reader.entry.Article.Outlet != "Kelder Courier" {
		t.Fatalf("enter opened %v (overlay %v)", d.m.reader.entry, d.m.overlay)
	}

	// From the side pane's quotes: the Courier's quote, whose trail is the
	// same five.
	d.key("tab")
	if d.m.focus != paneSide {
		t.Fatalf("focus %v", d.m.focus)
	}
	d.key("t")
	if d.m.overlay != overlayTrail || d.m.trail.tr.Total != 5 {
		t.Fatalf("t in the side pane: overlay %v, trail %+v", d.m.overlay, d.m.trail.tr)
	}
	d.key("esc")
	if d.m.overlay != overlayNone {
		t.Fatalf("esc closes a trail opened from the side pane: %v", d.m.overlay)
	}

	// From the speaker view: the mayor's quotes across the library.
	d.send(chooseSpeakerMsg{name: "Odile Marchetti"})
	d.key("t")
	if d.m.overlay != overlayTrail || len(d.m.trail.tr.Occurrences) != 5 || !d.m.trail.tr.Occurrences[4].OtherSpeaker {
		t.Fatalf("t in the speaker view: overlay %v, trail %+v", d.m.overlay, d.m.trail.tr)
	}
}

// A trail:altered filter in the list keeps the five English articles.
func TestTrailAlteredFilter(t *testing.T) {
	d := newDriver(t, newTestModel(t, trailStore(t), "dark", false), 120, 40)
	d.key("/")
	d.typeText("trail:altered")
	d.key("enter")
	f := ansi.Strip(d.frame())
	if !strings.Contains(f, "5 articles match") {
		t.Errorf("trail:altered:\n%s", f)
	}
	for _, r := range d.m.list.rows {
		if r.Outlet == "Le Courrier du Val" {
			t.Errorf("trail:altered lists the French article")
		}
	}
}
