package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap is every binding, so the help view and the config file agree.
type keyMap struct {
	Up, Down, Left, Right, Top, Bottom, PageUp, PageDown key.Binding
	NextPane, PrevPane, Open, Back                       key.Binding
	Filter, Search, Next, Prev                           key.Binding
	Speakers, Export, Copy, TabNext, TabPrev, SidePane   key.Binding
	Pick, Zoom, Refresh, Remove, Merge, Undo             key.Binding
	OpenURL, Sort, Quotes, Stats, Trail                  key.Binding
	Help, Quit                                           key.Binding
}

func defaultKeys() keyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return keyMap{
		Up:       b("↑/k", "up", "up", "k"),
		Down:     b("↓/j", "down", "down", "j"),
		Left:     b("←/h", "left pane", "left", "h"),
		Right:    b("→/l", "right pane", "right", "l"),
		Top:      b("g", "top", "g", "home"),
		Bottom:   b("G", "bottom", "G", "end"),
		PageUp:   b("pgup", "page up", "pgup", "ctrl+u"),
		PageDown: b("pgdn", "page down", "pgdown", "ctrl+d", "space"),
		NextPane: b("tab", "next pane", "tab"),
		PrevPane: b("shift+tab", "previous pane", "shift+tab"),
		Open:     b("enter", "open / jump", "enter"),
		Back:     b("esc", "clear / back", "esc"),
		Filter:   b("/", "filter / search", "/"),
		Search:   b("/", "search text", "/"),
		Next:     b("n", "next match", "n"),
		Prev:     b("N", "previous match", "N"),
		Speakers: b("s", "speakers", "s"),
		Export:   b("e", "export", "e"),
		Copy:     b("y", "copy quote", "y"),
		Pick:     b("space", "pick quote", "space"),
		TabNext:  b("]", "next tab", "]"),
		TabPrev:  b("[", "previous tab", "["),
		SidePane: b("p", "side pane", "p"),
		Zoom:     b("f", "full-screen reader", "f"),
		Refresh:  b("r", "refresh feeds", "r"),
		Remove:   b("d", "remove article", "d"),
		Merge:    b("ctrl+g", "merge speakers", "ctrl+g"),
		Undo:     b("ctrl+z", "undo merge", "ctrl+z"),
		OpenURL:  b("o", "open in browser", "o"),
		Sort:     b("S", "sort list", "S"),
		Quotes:   b("Q", "all quotes", "Q"),
		Stats:    b("W", "who is quoted", "W"),
		Trail:    b("t", "quote trail", "t"),
		Help:     b("?", "help", "?"),
		Quit:     b("q", "quit", "q", "ctrl+c"),
	}
}

// ShortHelp is the footer line.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextPane, k.Filter, k.Open, k.Speakers, k.Export, k.Copy, k.Quotes, k.Stats, k.Sort, k.OpenURL, k.Help, k.Quit}
}

// FullHelp is the ? view, in columns.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.NextPane, k.PrevPane, k.Left, k.Right, k.Open, k.Back},
		{k.Filter, k.Next, k.Prev, k.TabNext, k.TabPrev, k.SidePane, k.Zoom},
		{k.Speakers, k.Quotes, k.Stats, k.Trail, k.Sort, k.OpenURL, k.Export, k.Copy},
		{k.Pick, k.Refresh, k.Remove, k.Merge, k.Undo, k.Help, k.Quit},
	}
}

// override replaces the keys of the named bindings ("down" = ["j", "ctrl+n"]).
func (k *keyMap) override(m map[string][]string) []string {
	byName := map[string]*key.Binding{
		"up": &k.Up, "down": &k.Down, "left": &k.Left, "right": &k.Right, "top": &k.Top, "bottom": &k.Bottom,
		"page_up": &k.PageUp, "page_down": &k.PageDown, "next_pane": &k.NextPane, "prev_pane": &k.PrevPane,
		"open": &k.Open, "back": &k.Back, "filter": &k.Filter, "next": &k.Next, "prev": &k.Prev,
		"speakers": &k.Speakers, "export": &k.Export, "copy": &k.Copy, "tab_next": &k.TabNext,
		"tab_prev": &k.TabPrev, "pick": &k.Pick, "zoom": &k.Zoom, "refresh": &k.Refresh, "remove": &k.Remove, "merge": &k.Merge, "undo": &k.Undo, "side_pane": &k.SidePane, "help": &k.Help, "quit": &k.Quit,
		"open_url": &k.OpenURL, "sort": &k.Sort, "quotes": &k.Quotes, "stats": &k.Stats, "trail": &k.Trail,
	}
	var unknown []string
	for name, keys := range m {
		b, ok := byName[name]
		if !ok || len(keys) == 0 {
			unknown = append(unknown, name)
			continue
		}
		h := b.Help()
		b.SetKeys(keys...)
		b.SetHelp(keys[0], h.Desc)
		if name == "filter" {
			k.Search.SetKeys(keys...)
			k.Search.SetHelp(keys[0], k.Search.Help().Desc)
		}
	}
	return unknown
}

// step is how far a movement key moves a cursor, or a view, whose page is
// page rows: one for up and down, a page for page up and down, all the way
// for top and bottom (the mover clamps). ok is false for any other key.
func (k keyMap) step(msg tea.KeyPressMsg, page int) (d int, ok bool) {
	switch {
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.PageDown):
		return page, true
	case key.Matches(msg, k.PageUp):
		return -page, true
	case key.Matches(msg, k.Top):
		return -1 << 30, true
	case key.Matches(msg, k.Bottom):
		return 1 << 30, true
	}
	return 0, false
}
