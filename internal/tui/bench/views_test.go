package bench

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/tui"
)

// The targets for the views it asked for: each opens in 100 ms at
// most, and a keystroke in it reaches its frame in 16 ms at p95.
const (
	targetViewOpen      = 100 * time.Millisecond
	targetViewKeystroke = 16 * time.Millisecond
)

// openView is one view opened from the reader's first frame: the key
// through Update, the store's answer (msg) through Update, the frame
// drawn with want in it; esc closes it, untimed.
func openView(b *testing.B, k rune, msg, want string) {
	store := openStore(b, bigLibrary(b))
	d, _, _ := start(b, store, tui.Options{})
	defer d.close()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		d.update(key(k))
		d.until(msg)
		if v := d.view(); !strings.Contains(v, want) {
			b.Fatalf("no %q after %q:\n%s", want, k, v)
		}
		times = append(times, time.Since(t0))
		b.StopTimer()
		d.update(keyEsc)
		b.StartTimer()
	}
	b.StopTimer()
	reportDist(b, times)
}

// BenchmarkQuotesView opens the library's quotes (Q): the first page of
// quotes, newest article first, read and drawn.
func BenchmarkQuotesView(b *testing.B) {
	openView(b, 'Q', "tui.quotesPageMsg", "enter opens it in its article")
}

// BenchmarkStatsView opens who is quoted (W): the tallies by outlet and
// month, every speaker counted and told by given name, the charts drawn.
func BenchmarkStatsView(b *testing.B) {
	openView(b, 'W', "tui.statsMsg", "Quotes by speaker")
}

// BenchmarkSort is S in the list: the next order's count and first page
// read (the reload), then drawn; it cycles through the four orders.
func BenchmarkSort(b *testing.B) {
	store := openStore(b, bigLibrary(b))
	d, _, _ := start(b, store, tui.Options{})
	defer d.close()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		d.update(key('S'))
		d.until("tui.pageMsg")
		d.view()
		times = append(times, time.Since(t0))
	}
	b.StopTimer()
	reportDist(b, times)
}

// BenchmarkViewKeystroke is a keystroke in a view to its frame: j and k
// down and up the Quotes view (the next page read when the cursor nears
// the end of those loaded), typing a filter in it (each keystroke's query
// read), and j and k in the stats view.
func BenchmarkViewKeystroke(b *testing.B) {
	store := openStore(b, bigLibrary(b))
	run := func(b *testing.B, open rune, opened string, keys []tea.KeyPressMsg, waitFor func(tea.KeyPressMsg, tea.Cmd) string) {
		d, _, _ := start(b, store, tui.Options{})
		defer d.close()
		d.update(key(open))
		d.until(opened)
		times := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		for i := range b.N {
			k := keys[i%len(keys)]
			t0 := time.Now()
			cmd := d.update(k)
			if msg := waitFor(k, cmd); msg != "" {
				d.until(msg)
			}
			d.view()
			times = append(times, time.Since(t0))
		}
		b.StopTimer()
		reportDist(b, times)
	}
	var walk []tea.KeyPressMsg
	for range 300 {
		walk = append(walk, key('j'))
	}
	for range 300 {
		walk = append(walk, key('k'))
	}
	b.Run("quotes_jk", func(b *testing.B) {
		run(b, 'Q', "tui.quotesPageMsg", walk, func(_ tea.KeyPressMsg, cmd tea.Cmd) string {
			if cmd != nil {
				return "tui.quotesPageMsg" // more quotes were asked for
			}
			return ""
		})
	})
	b.Run("quotes_filter", func(b *testing.B) {
		typed := []tea.KeyPressMsg{key('/')}
		for _, r := range "kind:reported tram" {
			typed = append(typed, key(r))
		}
		for range len("kind:reported tram") {
			typed = append(typed, keyBackspace)
		}
		typed = append(typed, keyEnter)
		query := ""
		run(b, 'Q', "tui.quotesPageMsg", typed, func(k tea.KeyPressMsg, cmd tea.Cmd) string {
			switch {
			case k.Code == tea.KeyBackspace && len(query) > 0:
				query = query[:len(query)-1]
			case k.Text != "" && k.Text != "/":
				query += k.Text
			default:
				return "" // opening and leaving the filter line read nothing
			}
			if oneLetterWord(query) {
				return ""
			}
			return "tui.quotesPageMsg"
		})
	})
	b.Run("stats_jk", func(b *testing.B) {
		scroll := append(append([]tea.KeyPressMsg{}, walk[:20]...), walk[300:320]...)
		run(b, 'W', "tui.statsMsg", scroll, func(tea.KeyPressMsg, tea.Cmd) string { return "" })
	})
}

// TestViewsDriver runs the views' benchmark path on a small library, so
// that it does not rot unseen: Q, a filter in it, W and S.
func TestViewsDriver(t *testing.T) {
	path := t.TempDir() + "/lib.db"
	if err := generate(context.Background(), path, 400, nil); err != nil {
		t.Fatal(err)
	}
	d, _, _ := start(t, openStore(t, path), tui.Options{})
	defer d.close()
	d.update(key('Q'))
	d.until("tui.quotesPageMsg")
	if v := ansi.Strip(d.view()); !strings.Contains(v, "200+ quotes · enter opens it in its article") {
		t.Fatalf("want the first 200 of the library's quotes:\n%s", v)
	}
	d.update(key('/'))
	for _, r := range "kind:reported" {
		d.update(key(r))
	}
	// Typed at once: the answers to the earlier letters come first.
	for d.until("tui.quotesPageMsg"); strings.Contains(d.view(), "loading quotes…"); {
		d.until("tui.quotesPageMsg")
	}
	if v := ansi.Strip(d.view()); !strings.Contains(v, "/ kind:reported") || !strings.Contains(v, "~ ") || strings.Contains(v, "  “") {
		t.Fatalf("want reported speech only:\n%s", v)
	}
	d.update(keyEnter)
	d.update(keyEsc) // clears the filter
	d.until("tui.quotesPageMsg")
	d.update(keyEsc) // closes the view
	d.update(key('W'))
	d.until("tui.statsMsg")
	if v := ansi.Strip(d.view()); !strings.Contains(v, "400 articles") || !strings.Contains(v, "Quotes by outlet") {
		t.Fatalf("want the stats of 400 articles:\n%s", v)
	}
	d.update(keyEsc)
	d.update(key('S'))
	d.until("tui.pageMsg")
	if v := ansi.Strip(d.view()); !strings.Contains(v, "sorted by outlet") {
		t.Fatalf("want the list sorted by outlet:\n%s", v)
	}
}
