package tui

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// Refresher fetches feeds again into the library: cmd/dixit gives one that
// runs ingest.Run. It calls progress after each feed, with the feed's error
// (naming it) when it failed.
type Refresher func(ctx context.Context, feeds []string, progress func(done, total int, feed string, err error)) RefreshResult

// RefreshResult is what a refresh did.
type RefreshResult struct {
	New, Unchanged, Updated int
	Failed                  int
	SamplesRemoved          int
}

// refreshEvent is any message of a refresh under way.
type refreshEvent interface{ refreshEvent() }

// refreshStartMsg: the feeds are known and their fetching has begun; ch
// brings what follows.
type refreshStartMsg struct {
	feeds []string
	ch    <-chan tea.Msg
	err   error
}

// refreshProgressMsg: one feed done.
type refreshProgressMsg struct {
	done, total int
	feed        string
	err         error
	ch          <-chan tea.Msg
}

// refreshDoneMsg: every feed done.
type refreshDoneMsg struct{ res RefreshResult }

func (refreshStartMsg) refreshEvent()    {}
func (refreshProgressMsg) refreshEvent() {}
func (refreshDoneMsg) refreshEvent()     {}

// refreshModel runs one refresh at a time and words its status.
type refreshModel struct {
	pc      *programContext
	run     Refresher
	running bool
	failed  []string // one line per failed feed, naming it
}

// start lists the library's feeds and fetches them, off the update loop.
func (m *refreshModel) start() tea.Cmd {
	if m.run == nil {
		return func() tea.Msg { return statusMsg{text: "refresh is not available here", err: true} }
	}
	if m.running {
		return func() tea.Msg { return statusMsg{text: "a refresh is under way"} }
	}
	m.running, m.failed = true, nil
	pc, run := m.pc, m.run
	return func() tea.Msg {
		feeds, err := library.Feeds(pc.ctx, pc.store)
		if err != nil || len(feeds) == 0 {
			return refreshStartMsg{err: err}
		}
		ch := make(chan tea.Msg, 1)
		go func() {
			res := run(pc.ctx, feeds, func(done, total int, feed string, err error) {
				ch <- refreshProgressMsg{done: done, total: total, feed: feed, err: err, ch: ch}
			})
			ch <- refreshDoneMsg{res: res}
			close(ch)
		}()
		return refreshStartMsg{feeds: feeds, ch: ch}
	}
}

func next(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-ch }
}

// update takes a refresh message: the status line to show, whether it is
// an error, whether the refresh is over, and the command that waits for
// the next message.
func (m *refreshModel) update(msg refreshEvent) (status string, isErr, over bool, cmd tea.Cmd) {
	switch msg := msg.(type) {
	case refreshStartMsg:
		if msg.err != nil {
			m.running = false
			return "refresh: " + text.Line(msg.err.Error()), true, true, nil
		}
		if len(msg.feeds) == 0 {
			m.running = false
			return "no feeds to refresh: ingest one first (dixit ingest https://…/feed.xml)", false, true, nil
		}
		return fmt.Sprintf("refreshing %s…", text.Plural(len(msg.feeds), "feed", "feeds")), false, false, next(msg.ch)
	case refreshProgressMsg:
		if msg.err != nil {
			// The error names the feed (ingest's errors do): one line.
			line := text.Line(msg.err.Error())
			if !strings.Contains(line, msg.feed) {
				line = text.Line(msg.feed) + ": " + line
			}
			m.failed = append(m.failed, line)
			m.pc.log.Warn("refresh", "feed", msg.feed, "err", msg.err)
			return line, true, false, next(msg.ch)
		}
		return fmt.Sprintf("refreshing %d/%d: %s", msg.done, msg.total, text.Line(msg.feed)), false, false, next(msg.ch)
	case refreshDoneMsg:
		m.running = false
		r := msg.res
		s := fmt.Sprintf("refreshed: %d new, %d updated, %d unchanged", r.New, r.Updated, r.Unchanged)
		if r.SamplesRemoved > 0 {
			s += " · the sample articles were removed"
		}
		if len(m.failed) > 0 {
			s += fmt.Sprintf(" · %s failed, the last: %s", text.Plural(len(m.failed), "feed", "feeds"), m.failed[len(m.failed)-1])
		}
		return s, len(m.failed) > 0, true, nil
	}
	return "", false, false, nil
}
