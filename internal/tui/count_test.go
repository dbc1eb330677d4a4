package tui

import (
	"context"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// TestKeystrokeShowsPageBeforeCount: a keystroke's frame shows the first
// page of the new query as soon as it is read, with "60+" for a count not
// made yet; the count follows and replaces it. A page or a count of an
// older query that arrives late is never shown.
func TestKeystrokeShowsPageBeforeCount(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "lib.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	librarytest.Populate(t, store, 300)
	d := newDriver(t, newTestModel(t, store, "dark", true), 120, 40)
	d.key("/")
	// "tr", then "tra", typed before the store answers "tr".
	typed := func(r rune) []tea.Msg {
		m, cmd := d.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		d.m = m.(Model)
		return d.run(cmd)
	}
	typed('t')
	pageTR, pageTRA := onlyPage(t, typed('r')), onlyPage(t, typed('a'))
	if !pageTR.counting || !pageTRA.counting {
		t.Fatalf("the first pages of \"tr\" and \"tra\" should leave more to count (%d and %d rows)", len(pageTR.rows), len(pageTRA.rows))
	}
	want := func(q string, n int) []int64 {
		f := parseQuery(q)
		f.Limit = n
		rows, err := store.List(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return rowIDs(rows)
	}
	countCmd := d.update(pageTRA)
	if countCmd == nil {
		t.Fatal("the first page of a query with more rows started no count")
	}
	if got := rowIDs(d.m.list.rows); !reflect.DeepEqual(got, want("tra", firstPage)) {
		t.Fatalf("rows shown for \"tra\": %v, want %v", got, want("tra", firstPage))
	}
	if s := d.m.statusLine(); !strings.Contains(s, "60+ articles match …") {
		t.Errorf("status before the count: %q, want 60+ articles match …", s)
	}
	d.update(pageTR) // late: the older query's page
	if got := rowIDs(d.m.list.rows); !reflect.DeepEqual(got, want("tra", firstPage)) {
		t.Fatalf("a late page of \"tr\" replaced the rows of \"tra\": %v", got)
	}
	d.update(countMsg{qgen: d.m.list.qgen - 1, total: 7}) // late: the older query's count
	if s := d.m.statusLine(); !strings.Contains(s, "60+ articles match …") {
		t.Errorf("a late count of an older query was shown: %q", s)
	}
	for _, msg := range d.run(countCmd) {
		d.send(msg)
	}
	f := parseQuery("tra")
	f.Limit = countCap + 1
	n, err := store.Count(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if s := d.m.statusLine(); !strings.Contains(s, strconv.Itoa(n)+" articles match") || strings.Contains(s, "…") {
		t.Errorf("status after the count: %q, want %d articles match", s, n)
	}
	// The cursor goes on past the first page once counted.
	for range firstPage + 5 {
		d.key("down")
	}
	d.key("enter") // leave the filter line first
	for range firstPage + 5 {
		d.key("j")
	}
	if sel, ok := d.m.list.selected(); !ok || d.m.list.cursor != firstPage+5 || sel.ID != want("tra", firstPage+6)[firstPage+5] {
		t.Errorf("row %d after the first page: cursor %d, row %+v loaded %v", firstPage+5, d.m.list.cursor, sel.ID, ok)
	}
}

// update feeds one message and returns the command Update gave back,
// without running it.
func (d *driver) update(msg tea.Msg) tea.Cmd {
	m, cmd := d.m.Update(msg)
	d.m = m.(Model)
	return cmd
}

func onlyPage(t *testing.T, msgs []tea.Msg) pageMsg {
	t.Helper()
	for _, m := range msgs {
		if p, ok := m.(pageMsg); ok {
			return p
		}
	}
	t.Fatalf("no page among %d messages", len(msgs))
	return pageMsg{}
}

func rowIDs(rows []library.Summary) []int64 {
	out := []int64{}
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}
