package bench

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// driver runs a bubbletea model without a terminal, as tea.Program would:
// Update on the test goroutine, every command in a goroutine of its own,
// their messages back through a channel (batches expanded). Commands that
// sleep (status and flash ticks, cursor blinks) simply report later; the
// driver ignores what it does not wait for.
type driver struct {
	tb      testing.TB
	m       tea.Model
	msgs    chan tea.Msg
	done    chan struct{}
	timeout time.Duration
}

func newDriver(tb testing.TB, m tea.Model) *driver {
	return &driver{tb: tb, m: m, msgs: make(chan tea.Msg, 1024), done: make(chan struct{}), timeout: 60 * time.Second}
}

// close lets the commands still running end.
func (d *driver) close() { close(d.done) }

func (d *driver) exec(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		msg := cmd()
		if msg == nil {
			return
		}
		select {
		case d.msgs <- msg:
		case <-d.done:
		}
	}()
}

// next returns the next message a command produced.
func (d *driver) next() tea.Msg {
	d.tb.Helper()
	timer := time.NewTimer(d.timeout)
	defer timer.Stop()
	for {
		select {
		case msg := <-d.msgs:
			if b, ok := msg.(tea.BatchMsg); ok {
				for _, c := range b {
					d.exec(c)
				}
				continue
			}
			return msg
		case <-timer.C:
			d.tb.Fatalf("no message in %s", d.timeout)
		}
	}
}

// update feeds msg to the model and starts the command it returns, which
// it also returns (nil when there is nothing more to wait for).
func (d *driver) update(msg tea.Msg) tea.Cmd {
	m, cmd := d.m.Update(msg)
	d.m = m
	d.exec(cmd)
	return cmd
}

// until processes messages until one of type name ("tui.pageMsg") has been
// through Update, and returns the command Update returned for it.
func (d *driver) until(name string) tea.Cmd {
	d.tb.Helper()
	for {
		msg := d.next()
		cmd := d.update(msg)
		if typeName(msg) == name {
			return cmd
		}
	}
}

// opened processes messages until the article asked for is loaded and
// drawn: its entry when the render cache had it, else its rendering.
func (d *driver) opened() {
	d.tb.Helper()
	for {
		msg := d.next()
		cmd := d.update(msg)
		switch typeName(msg) {
		case "tui.entryMsg":
			if cmd == nil {
				return // rendered from the cache
			}
		case "tui.docMsg":
			return
		}
	}
}

// view draws the frame.
func (d *driver) view() string { return d.m.View().Content }

func typeName(msg tea.Msg) string { return fmt.Sprintf("%T", msg) }

func key(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

var (
	keyEnter     = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyEsc       = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyBackspace = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

// keyFor turns a keystroke script character into a key: '\b' is backspace.
func keyFor(r rune) tea.KeyPressMsg {
	if r == '\b' {
		return keyBackspace
	}
	return key(r)
}
