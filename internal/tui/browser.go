package tui

import (
	"errors"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/text"
)

// webAddress checks that raw is a web page's address a browser may be given:
// http or https, with a host, without spaces or control characters. A
// feed's "link" can be anything ("javascript:", "file:///etc/passwd", a
// "-flag" for the browser's command line): only a web address leaves dixit.
func webAddress(raw string) (string, error) {
	if raw == "" {
		return "", errors.New("this article has no web address")
	}
	if strings.ContainsFunc(raw, func(r rune) bool { return r <= ' ' || text.IsControl(r) || text.IsInvisible(r) }) {
		return "", errors.New("not a web address: " + text.Line(raw))
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", errors.New("not a web address: " + text.Line(raw))
	}
	return raw, nil
}

// browserCommand is the command that opens address: $BROWSER (a list of
// commands separated by colons, the first one found is run; "%s" stands
// for the address, else it comes last), else xdg-open, else open (macOS).
// No shell runs it: the address is one argument, whatever it holds.
func browserCommand(address string, getenv func(string) string, lookPath func(string) (string, error)) (*exec.Cmd, error) {
	var candidates [][]string
	for _, c := range strings.Split(getenv("BROWSER"), ":") {
		if f := strings.Fields(c); len(f) > 0 {
			candidates = append(candidates, f)
		}
	}
	candidates = append(candidates, []string{"xdg-open"}, []string{"open"})
	for _, c := range candidates {
		path, err := lookPath(c[0])
		if err != nil {
			continue
		}
		args, placed := make([]string, 0, len(c)), false
		for _, a := range c[1:] {
			if strings.Contains(a, "%s") {
				a, placed = strings.ReplaceAll(a, "%s", address), true
			}
			args = append(args, a)
		}
		if !placed {
			args = append(args, address)
		}
		return exec.Command(path, args...), nil
	}
	return nil, errors.New("no browser found: set $BROWSER, or install xdg-open")
}

// browserWait is how long openInBrowser waits to hear that the browser
// failed: a launcher (xdg-open) exits at once, a browser run directly keeps
// running, which is success.
const browserWait = 1500 * time.Millisecond

// openInBrowser is o: it runs the browser on address off the update loop and
// says on the status line what became of it.
func openInBrowser(address string) tea.Cmd {
	return func() tea.Msg {
		cmd, err := browserCommand(address, os.Getenv, exec.LookPath)
		if err != nil {
			return statusMsg{text: err.Error(), err: true}
		}
		// Nothing of the browser's reaches the terminal the reader draws.
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
		if err := cmd.Start(); err != nil {
			return statusMsg{text: "browser: " + text.Line(err.Error()), err: true}
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				return statusMsg{text: "browser " + text.Line(cmd.Args[0]) + ": " + text.Line(err.Error()), err: true}
			}
		case <-time.After(browserWait):
		}
		return statusMsg{text: "opened " + text.Line(address) + " in the browser"}
	}
}

// openURL is o: the address of the article under the list's cursor when the
// list has the focus, else the open article's.
func (m Model) openURL() tea.Cmd {
	raw, have := "", false
	if m.focus == paneList {
		if r, ok := m.list.selected(); ok {
			raw, have = r.URL, true
		}
	}
	if e := m.reader.entry; !have && e != nil {
		raw, have = e.Article.URL, true
	}
	if !have {
		return func() tea.Msg { return statusMsg{text: "no article to open", err: true} }
	}
	address, err := webAddress(raw)
	if err != nil {
		return func() tea.Msg { return statusMsg{text: err.Error(), err: true} }
	}
	return openInBrowser(address)
}
