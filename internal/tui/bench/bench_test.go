package bench

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/dixit-news/dixit/internal/tui"
)

// The targets.
const (
	targetFirstFrame = 150 * time.Millisecond
	targetKeystroke  = 30 * time.Millisecond
	targetPeakMB     = 150
)

const width, height = 140, 40

// firstFrame builds the reader on store as cmd/dixit does and runs it to
// its first frame: the first page of the list drawn.
func firstFrame(tb testing.TB, store library.Store, opt tui.Options) *driver {
	tb.Helper()
	m, err := tui.New(context.Background(), store, opt)
	if err != nil {
		tb.Fatal(err)
	}
	d := newDriver(tb, m)
	d.exec(m.Init())
	d.update(tea.WindowSizeMsg{Width: width, Height: height})
	d.until("tui.pageMsg")
	if v := d.view(); !strings.Contains(v, "articles") {
		tb.Fatalf("first frame has no article count:\n%s", v)
	}
	return d
}

// firstArticle runs on from the first frame to the first article, which
// the first page opens, rendered and drawn.
func firstArticle(d *driver) {
	d.opened()
	d.view()
}

// start runs the reader to its first frame, then to its first article
// rendered, and returns both times.
func start(tb testing.TB, store library.Store, opt tui.Options) (d *driver, frame, article time.Duration) {
	tb.Helper()
	t0 := time.Now()
	d = firstFrame(tb, store, opt)
	frame = time.Since(t0)
	firstArticle(d)
	return d, frame, time.Since(t0)
}

// BenchmarkFirstFrame is the time from tui.New to the first frame with the
// list's first page (ns/op), and to the first article rendered and drawn
// (article-ms). "with_open" adds what cmd/dixit does before: open the
// library and count it.
func BenchmarkFirstFrame(b *testing.B) {
	path := bigLibrary(b)
	bench := func(b *testing.B, open bool) {
		var store *sqlite.Store
		if !open {
			store = openStore(b, path)
		}
		var art time.Duration
		b.ResetTimer()
		for range b.N {
			t0 := time.Now()
			s := store
			if open {
				var err error
				if s, err = sqlite.Open(context.Background(), path, nil); err != nil {
					b.Fatal(err)
				}
				if _, err := s.Count(context.Background(), library.Filter{}); err != nil {
					b.Fatal(err)
				}
			}
			d := firstFrame(b, s, tui.Options{})
			b.StopTimer()
			firstArticle(d)
			art += time.Since(t0)
			d.close()
			if open {
				s.Close()
			}
			b.StartTimer()
		}
		b.ReportMetric(ms(art)/float64(b.N), "article-ms")
	}
	b.Run("model", func(b *testing.B) { bench(b, false) })
	b.Run("with_open", func(b *testing.B) { bench(b, true) })
}

// Keystroke scripts: what a person types in the list filter, then erases
// ('\b' is backspace). Each character is one measured keystroke.
var scripts = map[string]string{
	"text":    "tram line" + strings.Repeat("\b", len("tram line")),
	"speaker": "speaker:marta" + strings.Repeat("\b", len("speaker:marta")),
	"outlet":  "outlet:ostwick harbour" + strings.Repeat("\b", len("outlet:ostwick harbour")),
}

// BenchmarkFilterKeystroke is one keystroke in the list filter: the key
// through Update, the reload command run, its page through Update, and the
// frame drawn. p50/p95/max are per keystroke over the run; count-ms and
// list-ms are the store's Count and List in the reload, per keystroke.
// With DIXIT_BENCH_KEYS=1 each keystroke's time is logged.
func BenchmarkFilterKeystroke(b *testing.B) {
	store := &timedStore{Store: openStore(b, bigLibrary(b))}
	for _, name := range []string{"text", "speaker", "outlet"} {
		script := []rune(scripts[name])
		b.Run(name, func(b *testing.B) {
			d, _, _ := start(b, store, tui.Options{})
			defer d.close()
			d.update(key('/')) // the list has the focus: start editing
			times := make([]time.Duration, 0, b.N)
			store.reset()
			var typed []rune
			b.ResetTimer()
			for i := range b.N {
				r := script[i%len(script)]
				if r == '\b' {
					typed = typed[:max(0, len(typed)-1)]
				} else {
					typed = append(typed, r)
				}
				c0, l0 := store.count, store.list
				t0 := time.Now()
				started := d.update(keyFor(r)) != nil
				// The list waits for a second letter before it searches
				// (a one-letter word filters nothing): then the frame is
				// drawn at once, with no query.
				if !oneLetterWord(string(typed)) {
					if !started {
						b.Fatalf("keystroke %q started no reload", r)
					}
					d.until("tui.pageMsg")
				}
				d.view()
				dt := time.Since(t0)
				times = append(times, dt)
				if os.Getenv("DIXIT_BENCH_KEYS") != "" && i < len(script) {
					fmt.Printf("    %s %-24q %7.1f ms  (Count %6.1f, List %6.1f)\n", name, string(typed), ms(dt), ms(store.count-c0), ms(store.list-l0))
				}
			}
			b.StopTimer()
			reportDist(b, times)
			b.ReportMetric(ms(store.count)/float64(b.N), "count-ms")
			b.ReportMetric(ms(store.list)/float64(b.N), "list-ms")
		})
	}
}

// oneLetterWord mirrors the list's rule: the last word typed (or the value
// of a qualifier) is a single letter.
func oneLetterWord(q string) bool {
	if q == "" || strings.HasSuffix(q, " ") {
		return false
	}
	last := q[strings.LastIndexAny(q, " ")+1:]
	if i := strings.LastIndex(last, ":"); i >= 0 {
		last = last[i+1:]
	}
	last = strings.TrimPrefix(last, "\"")
	return utf8.RuneCountInString(last) == 1
}

// timedStore adds up the time spent in Count and List. The reader calls
// them one after the other from one command, so plain fields do.
type timedStore struct {
	library.Store
	count, list time.Duration
}

func (s *timedStore) reset() { s.count, s.list = 0, 0 }

func (s *timedStore) Count(ctx context.Context, f library.Filter) (int, error) {
	t0 := time.Now()
	defer func() { s.count += time.Since(t0) }()
	return s.Store.Count(ctx, f)
}

func (s *timedStore) List(ctx context.Context, f library.Filter) ([]library.Summary, error) {
	t0 := time.Now()
	defer func() { s.list += time.Since(t0) }()
	return s.Store.List(ctx, f)
}

// BenchmarkOpenArticleUncached opens an article the render cache does not
// hold: "next_article" moves down the list and opens the next one (glamour's
// renderer for the width already built, as after the first article);
// "fresh_renderer" is the first article of a new reader with a new
// render.Renderer (glamour built too), from the first page's arrival.
func BenchmarkOpenArticleUncached(b *testing.B) {
	store := openStore(b, bigLibrary(b))
	b.Run("next_article", func(b *testing.B) {
		d, _, _ := start(b, store, tui.Options{})
		defer d.close()
		b.ResetTimer()
		for range b.N {
			b.StopTimer()
			d.update(keyEsc) // enter moved the focus to the article: back to the list
			if d.update(key('j')) != nil {
				d.until("tui.pageMsg") // the cursor left the loaded window
			}
			b.StartTimer()
			d.update(keyEnter)
			d.opened()
			d.view()
		}
	})
	b.Run("fresh_renderer", func(b *testing.B) {
		for range b.N {
			b.StopTimer()
			m, err := tui.New(context.Background(), store, tui.Options{Renderer: render.NewRenderer()})
			if err != nil {
				b.Fatal(err)
			}
			d := newDriver(b, m)
			d.exec(m.Init())
			d.update(tea.WindowSizeMsg{Width: width, Height: height})
			for {
				msg := d.next()
				if typeName(msg) == "tui.pageMsg" {
					b.StartTimer()
					d.update(msg) // opens the first row
					break
				}
				d.update(msg)
			}
			d.opened()
			d.view()
			b.StopTimer()
			d.close()
			b.StartTimer()
		}
	})
}

// BenchmarkOpenArticleCached opens articles already rendered: two
// neighbours in turn, each read from the store and drawn from the cache.
func BenchmarkOpenArticleCached(b *testing.B) {
	store := openStore(b, bigLibrary(b))
	d, _, _ := start(b, store, tui.Options{})
	defer d.close()
	d.update(key('j'))
	d.update(keyEnter)
	d.opened() // the second row rendered too
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		move := 'k'
		if i%2 == 1 {
			move = 'j'
		}
		d.update(keyEsc) // back to the list from the article enter opened
		d.update(key(move))
		b.StartTimer()
		if d.update(keyEnter) == nil {
			b.Fatal("enter opened nothing")
		}
		d.opened()
		d.view()
	}
}

// BenchmarkSpeakerView opens the library-wide speaker view (s): every
// speaker counted across the library, then the overlay drawn.
func BenchmarkSpeakerView(b *testing.B) {
	store := openStore(b, bigLibrary(b))
	d, _, _ := start(b, store, tui.Options{})
	defer d.close()
	b.ResetTimer()
	for range b.N {
		d.update(key('s'))
		d.until("tui.speakersMsg")
		if v := d.view(); !strings.Contains(v, "speakers ·") {
			b.Fatalf("no speaker view:\n%s", v)
		}
		b.StopTimer()
		d.update(keyEsc)
		b.StartTimer()
	}
}

// TestPeakMemory runs a session in a child process (the reader opened as
// cmd/dixit opens it, first frame, 50 filter keystrokes, 20 articles
// opened, the speaker view) and reports its peak RSS (VmHWM) and the Go
// runtime's Sys. It needs the 100k library, so it runs only with
// DIXIT_BENCH=1.
func TestPeakMemory(t *testing.T) {
	if os.Getenv("DIXIT_BENCH") == "" {
		t.Skip("set DIXIT_BENCH=1 (generates a 100k-article library in os.TempDir() on the first run)")
	}
	bigLibrary(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakMemoryChild$", "-test.v")
	cmd.Env = append(os.Environ(), "DIXIT_BENCH_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var hwm, sys float64
	for _, l := range strings.Split(string(out), "\n") {
		if _, after, ok := strings.Cut(l, "PEAK "); ok {
			fmt.Sscanf(after, "vmhwm_mb=%g sys_mb=%g", &hwm, &sys)
			t.Log(strings.TrimSpace(l))
		}
	}
	if hwm == 0 {
		t.Fatalf("no PEAK line from the child:\n%s", out)
	}
	verdict := "met"
	if hwm > targetPeakMB {
		verdict = "MISSED"
	}
	t.Logf("peak RSS %.1f MB, Go runtime Sys %.1f MB: target ≤ %d MB %s", hwm, sys, targetPeakMB, verdict)
}

func TestPeakMemoryChild(t *testing.T) {
	if os.Getenv("DIXIT_BENCH_CHILD") == "" {
		t.Skip("run by TestPeakMemory")
	}
	path := bigLibrary(t)
	s, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Count(context.Background(), library.Filter{}); err != nil {
		t.Fatal(err)
	}
	d, frame, art := start(t, s, tui.Options{})
	defer d.close()
	t.Logf("first frame %s, first article %s", frame, art)
	d.update(key('/'))
	script := []rune(scripts["text"] + scripts["speaker"] + scripts["outlet"])
	var typed []rune
	for i := range 50 {
		r := script[i%len(script)]
		if r == '\b' {
			typed = typed[:max(0, len(typed)-1)]
		} else {
			typed = append(typed, r)
		}
		d.update(keyFor(r))
		if !oneLetterWord(string(typed)) {
			d.until("tui.pageMsg")
		}
		d.view()
	}
	d.update(keyEsc) // leave the filter, cleared
	d.until("tui.pageMsg")
	for range 20 {
		if d.update(key('j')) != nil {
			d.until("tui.pageMsg")
		}
		d.update(keyEnter)
		d.opened()
		d.view()
	}
	d.update(key('s'))
	d.until("tui.speakersMsg")
	d.view()
	d.update(keyEsc)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("PEAK vmhwm_mb=%.1f sys_mb=%.1f heap_inuse_mb=%.1f\n", float64(vmHWM(t))/1024, float64(ms.Sys)/(1<<20), float64(ms.HeapInuse)/(1<<20))
}

// vmHWM is this process's peak resident set in kB.
func vmHWM(t *testing.T) int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}

// TestDriver runs the benchmarks' path on a small library, so that they do
// not rot unseen: first frame, a filter keystroke, opening an article.
func TestDriver(t *testing.T) {
	path := t.TempDir() + "/lib.db"
	if err := generate(context.Background(), path, 400, nil); err != nil {
		t.Fatal(err)
	}
	store := openStore(t, path)
	d, frame, art := start(t, store, tui.Options{})
	defer d.close()
	t.Logf("400 articles: first frame %s, first article %s", frame, art)
	// The first frame shows the first page with "60+"; the count follows.
	if v := d.view(); !strings.Contains(v, "60+ articles …") {
		t.Fatalf("want 60+ articles … in the first frame's status line:\n%s", v)
	}
	d.until("tui.countMsg")
	if v := d.view(); !strings.Contains(v, "400 articles") {
		t.Fatalf("want 400 articles in the status line once counted:\n%s", v)
	}
	d.update(key('/'))
	typed := ""
	for _, r := range "tram" {
		typed += string(r)
		d.update(key(r))
		if !oneLetterWord(typed) { // one letter does not search yet
			d.until("tui.pageMsg")
		}
	}
	if v := ansi.Strip(d.view()); !strings.Contains(v, "articles match") || !strings.Contains(v, "/ tram") {
		t.Fatalf("want the list filtered by tram:\n%s", v)
	}
	d.update(keyEnter) // leave the filter
	d.update(key('j'))
	d.update(keyEnter)
	d.opened()
	if v := d.view(); strings.Contains(v, "Rendering…") {
		t.Fatalf("article not rendered:\n%s", v)
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func reportDist(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	s := slices.Clone(times)
	slices.Sort(s)
	q := func(p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	b.ReportMetric(ms(q(0.50)), "p50-ms")
	b.ReportMetric(ms(q(0.95)), "p95-ms")
	b.ReportMetric(ms(s[len(s)-1]), "max-ms")
}
