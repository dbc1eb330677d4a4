package tui

// Shared fixtures for the TUI tests: a deterministic library holding the
// bundled corpus as stored extraction results (fixtures_test.go), a
// synchronous driver that runs the model's commands without a tea.Program,
// and a vt screen fed by a teatest program's output.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/charmbracelet/x/vt"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

var (
	corpusOnce  sync.Once
	corpusStore *sqlite.Store
	corpusErr   error
	corpusDir   string
)

func TestMain(m *testing.M) {
	// The export form's default folder and "~" come from the environment:
	// a home of its own, without a download folder, keeps them the same on
	// every machine (the working directory, names without a folder).
	home, err := os.MkdirTemp("", "dixit-tui-home-")
	if err != nil {
		panic(err)
	}
	os.Setenv("HOME", home)
	os.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	os.Unsetenv("XDG_DOWNLOAD_DIR")
	code := m.Run()
	os.RemoveAll(home)
	if corpusStore != nil {
		corpusStore.Close()
	}
	if corpusDir != "" {
		os.RemoveAll(corpusDir)
	}
	os.Exit(code)
}

// addedBase is the fixed "added" time of the corpus. ingest.Bundled leaves
// Added zero, so the store stamps time.Now(), and the list is ordered by
// sort_time (published, else added): to keep the wall clock out of the
// goldens the corpus is stored with Added fixed, one hour apart in file
// order. Undated articles then sort by file order, after any article
// published later than 2020 and before older ones, on every run.
var addedBase = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// corpus returns the shared read-only library holding the bundled corpus.
func corpus(t testing.TB) library.Store {
	t.Helper()
	corpusOnce.Do(func() {
		corpusDir, corpusErr = os.MkdirTemp("", "dixit-tui-test-")
		if corpusErr != nil {
			return
		}
		ctx := context.Background()
		corpusStore, corpusErr = sqlite.Open(ctx, filepath.Join(corpusDir, "library.db"), nil)
		if corpusErr != nil {
			return
		}
		corpusErr = putFixtures(ctx, corpusStore)
	})
	if corpusErr != nil {
		t.Fatalf("corpus: %v", corpusErr)
	}
	return corpusStore
}

// putArticle extracts and stores a like ingest.Store does, with a fixed
// added time: a live run of the engine, for tests that check what reaches
// the screen (hostile input) rather than compare it with a golden.
func putArticle(ctx context.Context, store library.Store, a *article.Article, added time.Time) (int64, error) {
	res := attrib.Extract(a.Body, attrib.Options{Lang: a.Lang})
	if a.Lang == "" {
		a.Lang = res.Lang
	}
	id, _, err := store.Put(ctx, &library.Entry{Article: *a, Result: res, Extractor: attrib.Version, Added: added})
	return id, err
}

// newTestModel builds the root model on store with a forced theme.
func newTestModel(t testing.TB, store library.Store, theme string, noColor bool) Model {
	t.Helper()
	m, err := New(context.Background(), store, Options{Theme: theme, NoColor: noColor})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// ---- synchronous driver ----------------------------------------------

// driver runs the model without a program: it applies a message, then runs
// the commands that come back, feeding their messages in, until none is
// left. Timers (tea.Tick: the status line's and the flash's expiry) and the
// text inputs' cursor blinks are not run, so nothing waits on the clock.
type driver struct {
	t         testing.TB
	m         Model
	clipboard []string // SetClipboard payloads
	quit      bool
}

func newDriver(t testing.TB, m Model, w, h int) *driver {
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	for _, msg := range d.run(m.Init()) {
		d.send(msg)
	}
	return d
}

func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		nm, cmd := d.m.Update(msg)
		d.m = nm.(Model)
		queue = append(queue, d.run(cmd)...)
	}
}

// run executes cmd and returns the messages it produced.
func (d *driver) run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	if strings.HasPrefix(name, "charm.land/") && !strings.Contains(name, "compactCmds") &&
		!strings.Contains(name, "SetClipboard") && !strings.HasSuffix(name, ".Quit") {
		return nil // a timer or a cursor blink
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.QuitMsg:
		d.quit = true
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, d.run(c)...)
		}
		return out
	}
	v := reflect.ValueOf(msg)
	switch {
	case v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)): // tea.Sequence
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, d.run(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	case v.Kind() == reflect.String && strings.HasSuffix(v.Type().String(), "setClipboardMsg"):
		d.clipboard = append(d.clipboard, v.String())
		return nil
	}
	return []tea.Msg{msg}
}

func (d *driver) key(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		d.send(keyMsg(k))
	}
}

func (d *driver) typeText(s string) {
	d.t.Helper()
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (d *driver) frame() string { return d.m.View().Content }

// keyMsg builds a key press from its name: "enter", "tab", "esc", or a
// printable character.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "ctrl+c", "ctrl+u", "ctrl+g", "ctrl+z":
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("keyMsg: unknown key " + k)
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// ---- program + vt screen ---------------------------------------------

// screen runs the model in a teatest program and keeps a vt emulator of the
// terminal's size fed with everything the program writes.
type screen struct {
	t   testing.TB
	tm  *teatest.TestModel
	emu *vt.SafeEmulator
	mu  sync.Mutex
	raw []byte // every byte the program wrote
}

func newScreen(t testing.TB, m Model, w, h int) *screen {
	t.Helper()
	s := &screen{t: t, emu: vt.NewSafeEmulator(w, h)}
	// The emulator answers the program's queries on its input pipe: drain
	// it or its writes block.
	go io.Copy(io.Discard, s.emu)
	// Closing the pipe's writer ends the copy; Emulator.Close would race
	// with the pending Read on its closed flag.
	t.Cleanup(func() {
		if pw, ok := s.emu.InputPipe().(*io.PipeWriter); ok {
			pw.Close()
		}
	})
	s.tm = teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	return s
}

// pump moves the program's new output into the emulator.
func (s *screen) pump() {
	b, _ := io.ReadAll(s.tm.Output())
	if len(b) == 0 {
		return
	}
	s.mu.Lock()
	s.raw = append(s.raw, b...)
	s.mu.Unlock()
	// Without a TTY for input, bubbletea expects the terminal to map a
	// newline to CR LF, as a pty in cooked mode (onlcr) does: do it here.
	s.emu.Write(bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")))
}

// text is the screen's text, every row padded to the terminal's width
// trimmed of trailing spaces, exactly height rows.
func (s *screen) text() string {
	s.pump()
	rows := make([]string, s.emu.Height())
	for y := range rows {
		var b strings.Builder
		for x := 0; x < s.emu.Width(); x++ {
			c := s.emu.CellAt(x, y)
			if c == nil || c.Width == 0 && c.Content == "" { // the tail of a wide character
				continue
			}
			if c.Content == "" {
				b.WriteByte(' ')
			} else {
				b.WriteString(c.Content)
			}
		}
		rows[y] = strings.TrimRight(b.String(), " ")
	}
	return strings.Join(rows, "\n") + "\n"
}

// waitFor waits until cond holds on the screen's text, then until the
// screen stops changing, and returns the text.
func (s *screen) waitFor(what string, cond func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond(s.text()) {
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s.text())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return s.settle()
}

// settle waits until the screen has not changed for a while.
func (s *screen) settle() string {
	last, since := s.text(), time.Now()
	for time.Since(since) < 150*time.Millisecond {
		time.Sleep(25 * time.Millisecond)
		if cur := s.text(); cur != last {
			last, since = cur, time.Now()
		}
	}
	return last
}

func (s *screen) key(keys ...string) {
	for _, k := range keys {
		s.tm.Send(keyMsg(k))
	}
}

func (s *screen) typeText(str string) { s.tm.Type(str) }

// quit stops the program with ctrl+c (q is text in the overlays' inputs)
// and returns its final model.
func (s *screen) quit() Model {
	s.t.Helper()
	s.tm.Send(keyMsg("ctrl+c"))
	fm := s.tm.FinalModel(s.t, teatest.WithFinalTimeout(10*time.Second))
	s.pump()
	m, ok := fm.(Model)
	if !ok {
		s.t.Fatalf("final model is %T", fm)
	}
	return m
}

func (s *screen) output() string {
	s.pump()
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.raw)
}

func sizeName(w, h int) string { return fmt.Sprintf("%dx%d", w, h) }

func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
