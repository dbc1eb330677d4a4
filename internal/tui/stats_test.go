package tui

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// TestStatsFollowTheListFilter opens who is quoted (W) with a filter
// applied in the list: the charts count the articles the list shows, and
// the heading says they are filtered; with the filter cleared they count
// the whole library again, and the heading says nothing of a filter.
func TestStatsFollowTheListFilter(t *testing.T) {
	ctx := context.Background()
	store := corpus(t)
	fr, err := library.GatherStats(ctx, store, library.Filter{Lang: "fr"}, statsTop)
	if err != nil {
		t.Fatal(err)
	}
	all, err := library.GatherStats(ctx, store, library.Filter{}, statsTop)
	if err != nil {
		t.Fatal(err)
	}
	if fr.Articles == 0 || fr.Articles == all.Articles || fr.Quotes == all.Quotes {
		t.Fatalf("fixture: want French articles and others, got %d of %d", fr.Articles, all.Articles)
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		d := newDriver(t, newTestModel(t, store, "dark", false), size[0], size[1])
		d.key("/")
		d.typeText("lang:fr")
		d.key("enter", "W")
		st := d.m.stats.st
		if st == nil || st.Articles != fr.Articles || st.Quotes != fr.Quotes || st.AllSpeakers != fr.AllSpeakers || st.Gender != fr.Gender {
			t.Fatalf("%dx%d, W after lang:fr: %+v, want the French articles' %+v", size[0], size[1], st, fr)
		}
		frame := ansi.Strip(d.frame())
		if !strings.Contains(frame, "Who is quoted · filtered: lang:fr") {
			t.Errorf("%dx%d: the heading does not name the filter:\n%s", size[0], size[1], frame)
		}
		if total := text.Plural(fr.Articles, "article", "articles") + " · " + text.Plural(fr.Quotes, "quote", "quotes"); !strings.Contains(frame, total) {
			t.Errorf("%dx%d: the totals are not the filter's (%d articles):\n%s", size[0], size[1], fr.Articles, frame)
		}
		// esc closes the view, esc clears the list's filter, W counts the
		// whole library.
		d.key("esc", "esc", "W")
		if st := d.m.stats.st; st == nil || st.Articles != all.Articles || st.Quotes != all.Quotes {
			t.Fatalf("%dx%d, W without a filter: %+v, want the library's %d articles", size[0], size[1], st, all.Articles)
		}
		if frame := ansi.Strip(d.frame()); strings.Contains(frame, "filtered") || !strings.Contains(frame, "Who is quoted") {
			t.Errorf("%dx%d: the library's stats speak of a filter:\n%s", size[0], size[1], frame)
		}
	}
}

// TestStatsDropAnEarlierCount: a filter's count still on its way when the
// view is opened again (esc, the filter cleared, W) is stopped, and its
// answer, arriving last, neither replaces the new count nor shows an error.
func TestStatsDropAnEarlierCount(t *testing.T) {
	store := corpus(t)
	m := newTestModel(t, store, "dark", false)
	s := &m.stats
	s.setSize(120, 38)
	first := s.open(false, library.Filter{Lang: "fr"}, "lang:fr")
	second := s.open(false, library.Filter{}, "")
	s.set(second().(statsMsg))
	s.set(first().(statsMsg))
	if s.st == nil || s.st.Articles != 15 || s.err != nil || s.loading {
		t.Fatalf("after the earlier answer: stats %+v, err %v, loading %v; want the library's 15 articles", s.st, s.err, s.loading)
	}
	if v := ansi.Strip(s.View()); strings.Contains(v, "filtered") || !strings.Contains(v, "15 articles") {
		t.Errorf("the view shows the earlier count:\n%s", v)
	}
}
