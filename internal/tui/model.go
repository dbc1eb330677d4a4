package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

type pane int

const (
	paneList pane = iota
	paneReader
	paneSide
)

type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlaySpeakers
	overlayExport
	overlayQuotes // the library's quotes, over the whole body
	overlayStats  // who is quoted, over the whole body
	overlayTrail  // a quote's trail, over the whole body
)

// statusMsg sets the status line; clearStatusMsg clears it if unchanged.
type statusMsg struct {
	text string
	err  bool
}
type clearStatusMsg struct{ seq int }

// Model is the root: it lays out the panes, routes keys to the focused one
// and runs the overlays.
type Model struct {
	pc        *programContext
	list      listModel
	reader    readerModel
	side      sideModel
	speakers  speakersModel
	export    exportModel
	quotes    quotesModel
	stats     statsModel
	trail     trailModel
	help      help.Model
	focus     pane
	overlay   overlay
	sideShown bool // two-pane layout: the side pane replaces the list
	zoom      bool // the reader alone, full screen (f)
	refresh   refreshModel
	removing  removeAsk // d's question, until answered
	status    string
	statusErr bool
	statusSeq int
	pendingQ  int // quote start to jump to once an article opened from speaker mode renders
	helpTop   int // first line of the help view shown, when it does not fit
	ready     bool
}

func newModel(pc *programContext) Model {
	h := help.New()
	return Model{
		pc: pc, list: newList(pc), reader: newReader(pc), side: sideModel{pc: pc},
		speakers: newSpeakers(pc), export: newExport(pc), quotes: newQuotes(pc), stats: statsModel{pc: pc}, trail: trailModel{pc: pc},
		help: h, pendingQ: -1, refresh: refreshModel{pc: pc},
	}
}

// startMsg loads the first page: Init cannot change the model, so the
// query whose generation the list tracks starts in Update.
type startMsg struct{}

// Init asks for the terminal's background and loads the first page.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{func() tea.Msg { return startMsg{} }}
	if bg := m.pc.background; bg != nil {
		ctx := m.pc.ctx
		cmds = append(cmds, func() tea.Msg {
			if s := bg(ctx); s != "" {
				return statusMsg{text: s}
			}
			return nil
		})
	}
	if !m.pc.forcedTheme {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// layoutMode is how many panes fit: 3 from 110 columns, 2 from 80, else 1.
func (m Model) layoutMode() int {
	switch {
	case m.pc.width >= 110:
		return 3
	case m.pc.width >= 80:
		return 2
	}
	return 1
}

// shown lists the panes drawn, left to right.
func (m Model) shown() []pane {
	if m.zoom {
		return []pane{paneReader}
	}
	switch m.layoutMode() {
	case 3:
		return []pane{paneList, paneReader, paneSide}
	case 2:
		if m.sideShown {
			return []pane{paneSide, paneReader}
		}
		return []pane{paneList, paneReader}
	}
	return []pane{m.focus}
}

// widths gives each shown pane its outer width.
func (m Model) widths() []int {
	w := m.pc.width
	if m.zoom {
		return []int{w}
	}
	switch m.layoutMode() {
	case 3:
		l := max(30, w*30/100)
		s := max(30, w*27/100)
		return []int{l, w - l - s, s}
	case 2:
		l := max(30, w*38/100)
		return []int{l, w - l}
	}
	return []int{w}
}

func (m *Model) resize() tea.Cmd {
	bodyH := max(3, m.pc.height-2) // status and help lines
	inner := bodyH - 2
	ws := m.widths()
	for i, p := range m.shown() {
		iw := max(1, ws[i]-2)
		switch p {
		case paneList:
			m.list.width, m.list.height = iw, inner
		case paneReader:
			m.reader.width, m.reader.height = iw, inner
		case paneSide:
			m.side.width, m.side.height = iw, inner
		}
	}
	// One pane at a time: each fills the terminal when it has the focus,
	// so the hidden ones (the reader too) take that size now.
	if m.layoutMode() == 1 {
		iw := max(1, m.pc.width-2)
		m.list.width, m.list.height = iw, inner
		m.reader.width, m.reader.height = iw, inner
		m.side.width, m.side.height = iw, inner
	}
	// Hidden panes keep a sensible size for when they come back.
	if m.list.width == 0 {
		m.list.width, m.list.height = max(10, m.pc.width-2), inner
	}
	if m.side.width == 0 {
		m.side.width, m.side.height = max(10, m.pc.width-2), inner
	}
	m.speakers.width, m.speakers.height = min(m.pc.width-4, 70), max(3, m.pc.height-6)
	m.export.width = min(m.pc.width-4, 64)
	m.quotes.width, m.quotes.height = max(1, m.pc.width-2), inner
	m.stats.setSize(max(1, m.pc.width-2), inner)
	m.trail.width, m.trail.height = max(1, m.pc.width-2), inner
	m.help.SetWidth(m.pc.width)
	m.reader.clampOffset()
	return m.reader.render()
}

func (m *Model) setStatus(s string, isErr bool) tea.Cmd {
	m.status, m.statusErr = s, isErr
	m.statusSeq++
	seq := m.statusSeq
	return tea.Tick(5*time.Second, func(time.Time) tea.Msg { return clearStatusMsg{seq: seq} })
}

// open loads an article into the reader and side pane.
func (m *Model) open(id int64) tea.Cmd {
	m.list.openedID = id
	m.reader.err = nil
	return m.reader.load(id)
}

func (m *Model) cycleFocus(d int) {
	if m.zoom {
		return // the reader alone: f or esc brings the panes back
	}
	order := []pane{paneList, paneReader, paneSide}
	if m.layoutMode() == 2 {
		if m.sideShown {
			order = []pane{paneSide, paneReader}
		} else {
			order = []pane{paneList, paneReader}
		}
	}
	i := 0
	for j, p := range order {
		if p == m.focus {
			i = j
		}
	}
	m.focus = order[(i+d+len(order))%len(order)]
}

func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.pc.width, m.pc.height = msg.Width, msg.Height
		m.ready = true
		if m.layoutMode() == 2 && m.focus == paneSide && !m.sideShown {
			m.focus = paneReader
		}
		return m, m.resize()
	case tea.BackgroundColorMsg:
		if !m.pc.forcedTheme && msg.IsDark() != m.pc.theme.Dark {
			m.pc.theme = NewTheme(msg.IsDark(), m.pc.theme.NoColor, m.pc.colorSafe)
			m.reader.docKey = ""
			return m, m.reader.render()
		}
		return m, nil
	case startMsg:
		return m, m.list.reload()
	case pageMsg:
		latest, count := m.list.setPage(msg)
		if latest && m.list.openedID == 0 && msg.offset == 0 && len(msg.rows) > 0 && m.reader.entry == nil {
			return m, tea.Batch(count, m.open(msg.rows[0].ID))
		}
		return m, count
	case countMsg:
		return m, m.list.setCount(msg)
	case entryMsg:
		if msg.err != nil {
			m.reader.err = msg.err
			return m, m.setStatus(msg.err.Error(), true)
		}
		m.reader.entry, m.reader.doc, m.reader.docKey, m.reader.offset = msg.entry, nil, "", 0
		m.reader.query, m.reader.matches, m.reader.flashQ = "", nil, -1
		m.side.entry = msg.entry
		m.side.cursor[tabSpeakers], m.side.cursor[tabSources] = 0, 0
		if m.side.speaker == "" {
			m.side.cursor[tabQuotes], m.side.top[tabQuotes] = 0, 0
			m.side.clearPicks()
		}
		if cmd := m.reader.render(); cmd != nil || m.reader.doc == nil {
			return m, cmd
		}
		return m, m.jumpPending() // rendered from the cache: no docMsg comes
	case docMsg:
		if msg.err != nil {
			m.reader.err = msg.err
			return m, nil
		}
		if msg.key == m.reader.docKey {
			m.reader.doc = msg.doc
			m.reader.clampOffset()
			return m, m.jumpPending()
		}
		return m, nil
	case flashDoneMsg:
		if msg.seq == m.reader.flashSeq {
			m.reader.flashQ = -1
		}
		return m, nil
	case jumpMsg:
		return m, m.reader.jumpToQuote(msg.quote)
	case openQuoteMsg:
		if m.overlay == overlayQuotes || m.overlay == overlayTrail {
			// From the library's quotes or a trail to the article, at the quote.
			m.overlay, m.focus = overlayNone, paneReader
		}
		m.pendingQ = msg.start
		return m, m.open(msg.article)
	case quotesPageMsg:
		m.quotes.setPage(msg)
		return m, nil
	case statsMsg:
		m.stats.set(msg)
		return m, nil
	case trailMsg:
		m.trail.set(msg)
		return m, nil
	case speakersMsg:
		m.speakers.set(msg)
		return m, nil
	case speakerQuotesMsg:
		if msg.speaker == m.side.speaker {
			m.side.across, m.side.err = msg.quotes, msg.err
		}
		return m, nil
	case chooseSpeakerMsg:
		m.overlay = overlayNone
		m.list.base = library.Filter{Speaker: msg.name}
		m.list.cursor, m.list.top = 0, 0
		return m, tea.Batch(m.list.reload(), m.side.loadSpeaker(msg.name),
			m.setStatus("showing articles quoting "+msg.name+" · esc clears", false))
	case exportedMsg:
		if !m.export.done(msg) {
			return m, nil // the form says why, and stays open
		}
		m.overlay = overlayNone
		return m, m.setStatus(exportedStatus(msg), false)
	case refreshEvent:
		return m.refreshed(msg)
	case mergeDoneMsg:
		return m, tea.Batch(m.speakers.mergeDone(msg), m.list.reload())
	case removedMsg:
		return m.removed(msg)
	case statusMsg:
		return m, m.setStatus(msg.text, msg.err)
	case clearStatusMsg:
		if msg.seq == m.statusSeq {
			m.status = ""
		}
		return m, nil
	case tea.MouseClickMsg:
		return m.click(msg)
	case tea.MouseWheelMsg:
		return m.routeToFocus(msg)
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

// click focuses the pane under the pointer.
func (m Model) click(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	if m.overlay != overlayNone {
		return m, nil
	}
	x := msg.Mouse().X
	left := 0
	ws := m.widths()
	for i, p := range m.shown() {
		if x >= left && x < left+ws[i] {
			m.focus = p
			break
		}
		left += ws[i]
	}
	return m, nil
}

func (m Model) routeToFocus(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.focus {
	case paneList:
		m.list, cmd = m.list.Update(msg)
	case paneReader:
		m.reader, cmd = m.reader.Update(msg)
	case paneSide:
		m.side, cmd = m.side.Update(msg)
	}
	return m, cmd
}

// typing reports whether a text field has the keyboard.
func (m Model) typing() bool {
	return m.overlay == overlaySpeakers || m.overlay == overlayExport ||
		m.focus == paneList && m.list.editing || m.focus == paneReader && m.reader.editing
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.pc.keys
	if msg.String() == "ctrl+c" {
		return m, tea.Quit
	}
	switch m.overlay {
	case overlayHelp:
		if key.Matches(msg, k.Help) || key.Matches(msg, k.Back) || key.Matches(msg, k.Quit) {
			m.overlay = overlayNone
		}
		m.scrollHelp(msg)
		return m, nil
	case overlaySpeakers:
		if msg.String() == "esc" && !m.speakers.merging() {
			m.overlay = overlayNone
			return m, nil
		}
		var cmd tea.Cmd
		m.speakers, cmd = m.speakers.Update(msg)
		return m, cmd
	case overlayQuotes, overlayStats, overlayTrail:
		return m.fullViewKey(msg)
	case overlayExport:
		if msg.String() == "esc" && !m.export.confirming() {
			m.overlay = overlayNone
			return m, nil
		}
		var cmd tea.Cmd
		m.export, cmd = m.export.Update(msg)
		return m, cmd
	}
	if m.removing.asking() {
		return m.answerRemove(msg)
	}
	if m.typing() {
		return m.routeToFocus(msg)
	}
	if m, cmd, ok := m.keyRemoveOrRefresh(msg); ok {
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.overlay, m.helpTop = overlayHelp, 0
		return m, nil
	case key.Matches(msg, k.NextPane):
		m.cycleFocus(1)
		return m, nil
	case key.Matches(msg, k.PrevPane):
		m.cycleFocus(-1)
		return m, nil
	case key.Matches(msg, k.Left) && m.focus != paneList:
		m.cycleFocus(-1)
		return m, nil
	case key.Matches(msg, k.Right) && m.focus != paneSide:
		m.cycleFocus(1)
		return m, nil
	case key.Matches(msg, k.SidePane) && m.layoutMode() == 3:
		return m, m.setStatus("the side pane is always shown at 110 columns or more: tab focuses it", false)
	case key.Matches(msg, k.SidePane):
		m.sideShown = !m.sideShown
		if m.sideShown {
			m.focus = paneSide
		} else {
			m.focus = paneList
		}
		return m, m.resize()
	case key.Matches(msg, k.Zoom):
		m.zoom = !m.zoom
		if m.zoom {
			m.focus = paneReader
		}
		return m, m.resize()
	case key.Matches(msg, k.Speakers):
		m.overlay = overlaySpeakers
		return m, m.speakers.open()
	case key.Matches(msg, k.Quotes):
		m.overlay = overlayQuotes
		return m, m.quotes.open(m.list.samplesOnly())
	case key.Matches(msg, k.Stats):
		m.overlay = overlayStats
		return m, m.openStats()
	case key.Matches(msg, k.Export):
		return m.openExport()
	case key.Matches(msg, k.Copy):
		return m, m.copyQuote()
	case key.Matches(msg, k.Trail) && m.focus == paneSide:
		return m.openTrail()
	case key.Matches(msg, k.OpenURL):
		return m, m.openURL()
	case key.Matches(msg, k.Sort):
		cmd := m.list.cycleOrder()
		return m, tea.Batch(cmd, m.setStatus(sortStatus(m.list.order), false))
	case key.Matches(msg, k.Back) && !(m.focus == paneReader && m.reader.query != ""):
		return m.back()
	case key.Matches(msg, k.Open) && m.focus == paneList:
		if r, ok := m.list.selected(); ok {
			m.focus = paneReader
			return m, m.open(r.ID)
		}
		return m, nil
	}
	return m.routeToFocus(msg)
}

// jumpPending shows the quote an article was opened at (Quotes view,
// speaker mode), once the article is rendered.
func (m *Model) jumpPending() tea.Cmd {
	if m.pendingQ < 0 || m.reader.entry == nil {
		return nil
	}
	start := m.pendingQ
	m.pendingQ = -1
	for i, q := range m.reader.entry.Result.Quotes {
		if q.Start == start {
			m.side.selectQuote(m.reader.entry.Article.ID, start, i)
			return m.reader.jumpToQuote(i)
		}
	}
	return nil
}

// back is esc outside a text field (the reader's search clears itself
// first): it clears an applied filter, else it goes back a level, from the
// side pane to the reader and from the reader to the list.
func (m Model) back() (tea.Model, tea.Cmd) {
	if m.zoom {
		m.zoom = false
		return m, m.resize()
	}
	if n := m.side.pickCount(); n > 0 {
		m.side.clearPicks()
		return m, m.setStatus("unpicked "+text.Plural(n, "quote", "quotes"), false)
	}
	if m.list.query != "" || m.list.base.Speaker != "" {
		what := "filter cleared"
		if m.list.query == "" {
			what = "speaker filter cleared"
		}
		m.list.clearFilter()
		m.side.speaker, m.side.across = "", nil
		return m, tea.Batch(m.list.reload(), m.setStatus(what, false))
	}
	switch {
	case m.focus != paneList && m.layoutMode() == 2 && m.sideShown:
		// The side pane stands in for the list: closing it is going back.
		m.sideShown, m.focus = false, paneList
		return m, m.resize()
	case m.focus == paneSide:
		m.focus = paneReader
	case m.focus == paneReader:
		m.focus = paneList
	}
	return m, nil
}

// openExport opens the form for what is in view: the speaker filter, or
// the open article.
func (m Model) openExport() (tea.Model, tea.Cmd) {
	switch {
	case m.side.pickCount() > 0:
		ps := m.side.pickedQuotes()
		rows := make([]library.Quote, len(ps))
		for i, p := range ps {
			rows[i] = p.row
		}
		m.overlay = overlayExport
		return m, m.export.openPicked(rows, "the "+text.Plural(len(rows), "quote", "quotes")+" picked", "dixit-quotes")
	case m.list.base.Speaker != "":
		f := m.list.filter()
		m.overlay = overlayExport
		return m, m.export.open(f, "every quote by "+m.list.base.Speaker, "dixit-"+slug(m.list.base.Speaker))
	case m.reader.entry != nil:
		a := m.reader.entry.Article
		m.overlay = overlayExport
		return m, m.export.open(library.Filter{ArticleID: a.ID}, "the quotes of “"+oneLine(a.Title)+"”", fmt.Sprintf("dixit-article-%d", a.ID))
	}
	return m, m.setStatus("nothing to export: open an article or choose a speaker (s)", true)
}

// sortStatus says how the list is sorted now.
func sortStatus(o library.Order) string {
	what := map[library.Order]string{library.ByDate: "newest first", library.ByOutlet: "outlet, A to Z",
		library.ByQuotes: "most quotes first", library.ByTitle: "title, A to Z"}[o]
	return "sorted by " + what + " · S sorts by " + o.Next().String()
}
