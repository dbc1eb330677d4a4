package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The view goldens run the program in teatest, feed its output into a vt
// emulator of the terminal's size and compare the emulator's screen text
// with testdata/TestViewGoldens/<state>/<size>/<theme>.golden. Regenerate
// with: go test ./internal/tui -run TestViewGoldens -update

var goldenSizes = [][2]int{{40, 12}, {80, 24}, {120, 40}, {200, 50}}

// goldenThemes: the forced dark and light themes (colours do not reach the
// golden, which holds text, but the layout must not depend on them) and
// NoColor, whose borders and quote marks differ in text.
var goldenThemes = []struct {
	name    string
	theme   string
	noColor bool
}{
	{"dark", "dark", false},
	{"light", "light", false},
	{"nocolor", "dark", true},
}

// viewState drives a freshly started program to a state and waits for it.
type viewState struct {
	name  string
	drive func(s *screen, w int) string
}

// The first article in the list (the newest) opens on start; the states
// below open the second one, "Piscine des Tilleuls : déjà 4 000 entrées…".
const secondTitle = "Piscine des Tilleuls"

func ready(x string) bool {
	return strings.Contains(x, "15 articles") && strings.Contains(x, "%") && !strings.Contains(x, "Rendering…")
}

// readyAt is ready at width w: under 80 columns the list is alone on the
// screen, without the reader's position.
func readyAt(w int) func(string) bool {
	if w >= 80 {
		return ready
	}
	return func(x string) bool { return strings.Contains(x, "15 articles") && strings.Contains(x, "/ to filter") }
}

// sidePane reports the side pane's tab row, full or compact.
func sidePane(x string) bool { return strings.Contains(x, "Quotes ") || strings.Contains(x, "Qts ") }

func openSecond(s *screen) {
	s.key("j", "enter")
	s.waitFor("second article", func(x string) bool {
		return strings.Contains(x, "15 articles") && strings.Contains(x, "%") && !strings.Contains(x, "Rendering…") &&
			strings.Contains(lastLines(x, 2), secondTitle)
	})
}

var viewStates = []viewState{
	{"list", func(s *screen, w int) string {
		return s.waitFor("list", readyAt(w))
	}},
	{"reader", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		openSecond(s) // enter focuses the reader
		return s.settle()
	}},
	{"side", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		openSecond(s)
		if w >= 110 {
			s.key("tab") // enter focused the reader; tab → side
		} else {
			s.key("p") // the side pane replaces the list
		}
		return s.waitFor("side pane", sidePane)
	}},
	{"sources", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		// The prefect's article cites an agency, a radio, a paper and a
		// chamber that speaks.
		for range 12 {
			s.key("j")
		}
		s.key("enter")
		s.waitFor("prefect article", func(x string) bool {
			return strings.Contains(x, "%") && !strings.Contains(x, "Rendering…") && strings.Contains(lastLines(x, 2), "Haut-Verdois")
		})
		if w >= 110 {
			s.key("tab")
		} else {
			s.key("p")
		}
		s.waitFor("side pane", sidePane)
		s.key("]", "]") // Quotes → Speakers → Sources
		return s.settle()
	}},
	{"speakers", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("s")
		return s.waitFor("speakers", func(x string) bool { return strings.Contains(x, " speakers ·") })
	}},
	{"help", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("?")
		return s.waitFor("help", func(x string) bool { return strings.Contains(x, "dixit — keys") })
	}},
	{"sorted", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("S", "S") // by outlet, then by quotes: the ferry strike's 8+7 first
		return s.waitFor("sorted list", func(x string) bool {
			rows := strings.Split(x, "\n")
			first := len(rows) > 2 && strings.Contains(rows[2], " Kelderport ferry strike e") // under the border and "/ to filter"
			return strings.Contains(x, "sorted by most") && first &&
				(w < 80 || strings.Contains(x, "%")) && !strings.Contains(x, "Rendering…")
		})
	}},
	{"quotes", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("Q")
		return s.waitFor("quotes view", func(x string) bool {
			return strings.Contains(x, "quotes · enter opens") || strings.Contains(x, "149 quotes")
		})
	}},
	{"quotes-filtered", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("Q")
		s.waitFor("quotes view", func(x string) bool { return strings.Contains(x, "149 quotes") })
		s.key("/")
		s.typeText("kind:reported since:2025-06-01")
		s.key("enter")
		return s.waitFor("filtered quotes", func(x string) bool {
			return strings.Contains(x, "/ kind:reported since:2025-06-01") && strings.Contains(x, "match")
		})
	}},
	{"stats", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("W")
		return s.waitFor("stats view", func(x string) bool {
			return strings.Contains(x, "Who is quoted") && strings.Contains(x, "Quotes by speaker")
		})
	}},
	{"stats-filtered", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("/")
		s.typeText("lang:fr")
		s.key("enter")
		s.waitFor("filtered list", func(x string) bool { return strings.Contains(x, "10 articles match") })
		s.key("W")
		return s.waitFor("filtered stats view", func(x string) bool {
			return strings.Contains(x, "Who is quoted") && strings.Contains(x, "10 articles ·") && strings.Contains(x, "Quotes by speaker")
		})
	}},
	{"export", func(s *screen, w int) string {
		s.waitFor("list", readyAt(w))
		s.key("e")
		return s.waitFor("export form", func(x string) bool { return strings.Contains(x, "Export quotes") })
	}},
}

func TestViewGoldens(t *testing.T) {
	if testing.Short() {
		// .ci/run runs this in full, then again under -race -short.
		t.Skip("-short: the full run covers this sweep")
	}
	store := corpus(t)
	for _, st := range viewStates {
		t.Run(st.name, func(t *testing.T) {
			for _, sz := range goldenSizes {
				t.Run(sizeName(sz[0], sz[1]), func(t *testing.T) {
					for _, th := range goldenThemes {
						t.Run(th.name, func(t *testing.T) {
							t.Parallel()
							s := newScreen(t, newTestModel(t, store, th.theme, th.noColor), sz[0], sz[1])
							got := st.drive(s, sz[0])
							s.quit()
							checkScreenShape(t, got, sz[0], sz[1])
							golden.RequireEqual(t, got)
						})
					}
				})
			}
		})
	}
}

// checkScreenShape checks the status and help lines hold the bottom rows:
// nothing scrolled the frame.
func checkScreenShape(t *testing.T, screen string, w, h int) {
	t.Helper()
	rows := strings.Split(strings.TrimSuffix(screen, "\n"), "\n")
	if len(rows) != h {
		t.Fatalf("screen has %d rows, want %d", len(rows), h)
	}
	if !strings.Contains(rows[h-1], "q quit") && !strings.Contains(rows[h-1], "…") {
		t.Errorf("last row is not the short help: %q", rows[h-1])
	}
}

func lastLines(s string, n int) string {
	rows := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(rows[max(0, len(rows)-n):], "\n")
}
