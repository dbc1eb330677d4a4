package render

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// Style is how a span of the article is drawn: an SGR parameter string
// such as "1;38;5;214" (bold, colour 214).
type Style string

// Styles says how to draw quotes and sources.
type Styles struct {
	Dark    bool
	Quote   func(speaker string, kind attrib.Kind) Style // per speaker colour
	Source  Style
	Flash   Style // the quote just jumped to
	NoColor bool
}

// Doc is a rendered article: lines no wider than the width asked for, and
// where each quotation starts.
type Doc struct {
	Lines     []string
	QuoteLine []int // quote index → first line it appears on, -1 if not shown
	QuoteEnd  []int // quote index → last line it appears on, -1 if not shown
	Width     int
}

// Markers in the Private Use Area bracket the spans to colour. They go into
// the Markdown before glamour wraps it and come out of each line after.
const (
	markBase = 0xF0000 // + span index: a span starts
	markEnd  = 0xFFFF0 // a span ends
)

// Renderer renders articles with glamour, keeping one glamour renderer per
// width and theme (they are costly to build) and the last documents.
type Renderer struct {
	mu    sync.Mutex
	terms map[string]*glamour.TermRenderer
	docs  map[string]*Doc
	order []string
}

// NewRenderer returns an empty renderer cache.
func NewRenderer() *Renderer {
	return &Renderer{terms: map[string]*glamour.TermRenderer{}, docs: map[string]*Doc{}}
}

const docCacheSize = 64

// Cached returns a document already rendered for this key, if any.
func (r *Renderer) Cached(key string) (*Doc, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	d, ok := r.docs[key]
	return d, ok
}

// DocKey names a rendering of e at a width and theme. An article keeps its
// id when it is re-ingested, reindexed or its speakers merged: the key
// holds a hash of what the rendering is made of, so that a cached document
// is never one of the article as it was.
func DocKey(e *library.Entry, width int, dark, noColor bool) string {
	return fmt.Sprintf("%d/%d/%t/%t/%x", e.Article.ID, width, dark, noColor, entryHash(e))
}

// docSeed makes entryHash's values stable within the process, all the
// cache needs.
var docSeed = maphash.MakeSeed()

// entryHash hashes what toMarkdown and the speaker colours read of e.
func entryHash(e *library.Entry) uint64 {
	var h maphash.Hash
	h.SetSeed(docSeed)
	a := &e.Article
	for _, s := range []string{e.Extractor, a.Path, a.Title, a.Author, a.Lang, a.Body} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	var n [8]byte
	num := func(v int) {
		binary.LittleEndian.PutUint64(n[:], uint64(v))
		h.Write(n[:])
	}
	for _, q := range e.Result.Quotes {
		h.WriteString(q.Speaker)
		h.WriteByte(0)
		h.WriteString(string(q.Kind))
		h.WriteByte(0)
		num(q.Start)
		num(q.End)
	}
	num(-1)
	for _, s := range e.Result.Speakers { // their order ranks the colours
		h.WriteString(s.Name)
		h.WriteByte(0)
	}
	num(-1)
	for _, s := range e.Result.Sources {
		num(s.Start)
		num(s.End)
	}
	return h.Sum64()
}

func (r *Renderer) term(width int, dark, noColor bool) (*glamour.TermRenderer, error) {
	key := fmt.Sprintf("%d/%t/%t", width, dark, noColor)
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.terms[key]; ok {
		return t, nil
	}
	// Without colour the layout stays the same: the terminal's colour
	// profile (NO_COLOR) drops the colours and keeps bold and underline.
	style := "dark"
	if !dark {
		style = "light"
	}
	t, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(width-4, 10)))
	if err != nil {
		return nil, err
	}
	r.terms[key] = t
	return t, nil
}

// Render renders e at width with st. It is safe to call from a goroutine:
// the TUI renders off its update loop.
func (r *Renderer) Render(e *library.Entry, width int, st Styles) (*Doc, error) {
	key := DocKey(e, width, st.Dark, st.NoColor)
	if d, ok := r.Cached(key); ok {
		return d, nil
	}
	t, err := r.term(width, st.Dark, st.NoColor)
	if err != nil {
		return nil, err
	}
	md, spans := toMarkdown(e)
	out, err := t.Render(md)
	if err != nil {
		return nil, fmt.Errorf("rendering %s: %w", e.Article.Path, err)
	}
	d := paint(Safe(out), spans, width, st)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.docs[key] = d
	r.order = append(r.order, key)
	if len(r.order) > docCacheSize {
		delete(r.docs, r.order[0])
		r.order = r.order[1:]
	}
	return d, nil
}

// span is a marked region of the body: a quote (quote >= 0) or a source.
type span struct {
	start, end int
	quote      int // index into Result.Quotes, or -1 for a source
	speaker    string
	kind       attrib.Kind
}

// toMarkdown turns the article into Markdown with markers around quotes and
// sources. Plain-text bodies are escaped so that a "*" or "#" in the text
// stays a character; Markdown articles keep their syntax.
func toMarkdown(e *library.Entry) (string, []span) {
	a, res := &e.Article, &e.Result
	shown := shownLength(a.Body)
	var spans []span
	for i, q := range res.Quotes {
		spans = append(spans, span{q.Start, q.End, i, q.Speaker, q.Kind})
	}
	for _, s := range res.Sources {
		spans = append(spans, span{s.Start, s.End, -1, "", ""})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	// Drop overlapping and out-of-range spans: the first one wins.
	kept := spans[:0]
	last := 0
	for _, s := range spans {
		if s.start < last || s.end > shown || s.start >= s.end {
			continue
		}
		kept = append(kept, s)
		last = s.end
	}
	spans = kept
	isMD := strings.EqualFold(path.Ext(a.Path), ".md") || strings.EqualFold(path.Ext(a.Path), ".markdown")
	var b strings.Builder
	title := a.Title
	if title == "" {
		title = a.Path
	}
	paras := text.Paragraphs(a.Body[:shown])
	// A text article's first line is usually its title: show it once.
	titleInBody := !isMD && len(paras) > 0 && strings.TrimSpace(a.Body[paras[0].Start:paras[0].End]) == strings.TrimSpace(title)
	if !titleInBody {
		fmt.Fprintf(&b, "# %s\n\n", escapeMD(oneLine(title, 300)))
	}
	// The outlet and date are on the reader's header, which stays in view
	// as the article scrolls: the byline gives the rest, once.
	var meta []string
	for _, m := range []string{a.Author, strings.ToUpper(a.Lang)} {
		if m != "" {
			meta = append(meta, escapeMD(m))
		}
	}
	metaLine := ""
	if len(meta) > 0 {
		metaLine = "*" + strings.Join(meta, " · ") + "*\n\n"
	}
	if !titleInBody {
		b.WriteString(metaLine)
	}
	// Marker positions in body order: a span's start, then its end.
	type edge struct {
		at   int
		mark rune
	}
	var edges []edge
	for i, sp := range spans {
		edges = append(edges, edge{sp.start, rune(markBase + i)}, edge{sp.end, markEnd})
	}
	ei := 0
	inSpan := -1
	emit := func(from, to int) {
		for from < to {
			next := to
			if ei < len(edges) && edges[ei].at < next {
				next = max(edges[ei].at, from)
			}
			piece := keepHyphens(a.Body, from, next, isMD)
			if isMD {
				b.WriteString(piece)
			} else {
				b.WriteString(escapeMD(piece))
			}
			from = next
			for ei < len(edges) && edges[ei].at <= from && (edges[ei].at < to || edges[ei].mark == markEnd) {
				b.WriteRune(edges[ei].mark)
				if edges[ei].mark == markEnd {
					inSpan = -1
				} else {
					inSpan = int(edges[ei].mark - markBase)
				}
				ei++
			}
		}
	}
	if isMD {
		emit(0, shown)
	} else {
		for i, p := range paras {
			if i == 0 && titleInBody {
				b.WriteString("# ")
			}
			// A span crossing a paragraph break is closed and reopened.
			emit(p.Start, p.End)
			if inSpan >= 0 {
				b.WriteRune(markEnd)
				b.WriteString("\n\n")
				b.WriteRune(rune(markBase + inSpan))
				continue
			}
			b.WriteString("\n\n")
			if i == 0 && titleInBody {
				b.WriteString(metaLine)
			}
		}
	}
	if shown < len(a.Body) {
		fmt.Fprintf(&b, "\n\n---\n\n*The reader shows the first %s of this article's %s. `dixit show %d` prints it whole.*\n",
			text.Size(int64(shown)), text.Size(int64(len(a.Body))), a.ID)
	}
	return b.String(), spans
}

// renderMax is how much of a body the reader renders: glamour takes about
// a second a megabyte and ten times its size in memory, and 512 KB is a
// book's chapter, far past any news article.
const renderMax = 512 << 10

// shownLength is how much of body the reader shows: all of it, or up to
// the last paragraph break within renderMax.
func shownLength(body string) int {
	if len(body) <= renderMax {
		return len(body)
	}
	if i := strings.LastIndex(body[:renderMax], "\n\n"); i > renderMax/2 {
		return i
	}
	i := renderMax
	for i > 0 && !utf8.RuneStart(body[i]) {
		i--
	}
	return i
}

// nbHyphen is U+2011, a hyphen glamour's word wrap does not break at:
// it stands in for the hyphens inside words ("al-Kazemi", "S-400",
// "2025-06-16", URLs) while glamour wraps, and paint puts "-" back.
const nbHyphen = "\u2011"

// keepHyphens is body[from:to] with its hyphens inside words made
// unbreakable. In Markdown only a hyphen between two letters or digits is
// one: "- item", "---" and "-->" stay syntax.
func keepHyphens(body string, from, to int, isMD bool) string {
	piece := body[from:to]
	if !strings.Contains(piece, "-") {
		return piece
	}
	inWord := func(c byte) bool {
		if isMD {
			return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		}
		return c != ' ' && c != '\n' && c != '\t' && c != '-'
	}
	var b strings.Builder
	for i := from; i < to; i++ {
		if body[i] == '-' && i > 0 && i+1 < len(body) && inWord(body[i-1]) && inWord(body[i+1]) {
			b.WriteString(nbHyphen)
			continue
		}
		b.WriteByte(body[i])
	}
	return b.String()
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`, "-", `\-`, "+", `\+`, "!", `\!`, "=", `\=`)

func escapeMD(s string) string { return mdEscaper.Replace(s) }

// paint replaces the markers in glamour's output by styles, re-applying a
// span's style after each of glamour's own SGR sequences so that its reset
// codes do not cut the colour. Lines are cut to width.
func paint(out string, spans []span, width int, st Styles) *Doc {
	d := &Doc{Width: width}
	maxQuote := -1
	for _, s := range spans {
		maxQuote = max(maxQuote, s.quote)
	}
	d.QuoteLine = make([]int, maxQuote+1)
	d.QuoteEnd = make([]int, maxQuote+1)
	for i := range d.QuoteLine {
		d.QuoteLine[i], d.QuoteEnd[i] = -1, -1
	}
	open := -1 // the span we are inside, across lines
	styleOf := func(i int) string {
		s := spans[i]
		if st.NoColor {
			// No colour, but weight and underline still tell quotes apart.
			switch {
			case s.quote < 0:
				return "3"
			case s.kind == attrib.Indirect:
				return "4"
			}
			return "1"
		}
		if s.quote < 0 {
			return string(st.Source)
		}
		if st.Quote != nil {
			return string(st.Quote(s.speaker, s.kind))
		}
		return ""
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	for li, line := range lines {
		var b strings.Builder
		// A span's style starts at its first visible character on each
		// line and stops after its last: the margins glamour indents and
		// pads lines with stay unstyled (an underline must not run into
		// them). held keeps the blanks and SGR seen since the span's last
		// character, until text shows whether they are inside it.
		var held strings.Builder
		styled := false  // the span's style is on
		heldSGR := false // held has glamour's styling, which may reset ours
		reopen := func() {
			if sgr := styleOf(open); sgr != "" {
				b.WriteString("\x1b[" + sgr + "m")
			}
			styled = true
		}
		state := byte(0)
		col := 0 // cells written on this line, for tab stops
		for rest := line; len(rest) > 0; {
			seq, w, n, ns := ansi.DecodeSequence(rest, state, nil)
			state = ns
			rest = rest[n:]
			r := firstRune(seq)
			switch {
			case r >= markBase && r < markBase+0x10000 && int(r-markBase) < len(spans):
				b.WriteString(held.String())
				held.Reset()
				open, styled, heldSGR = int(r-markBase), false, false
			case r == markEnd:
				if styled {
					b.WriteString("\x1b[22;23;24;27;39m")
				}
				b.WriteString(held.String())
				held.Reset()
				open, styled = -1, false
			case seq == "\t":
				// glamour keeps tabs (in code blocks): a terminal would
				// jump past the pane's edge, so expand them to spaces.
				pad := 8 - col%8
				if open >= 0 {
					held.WriteString(strings.Repeat(" ", pad))
				} else {
					b.WriteString(strings.Repeat(" ", pad))
				}
				col += pad
			case open >= 0 && (seq == " " || IsSGR(seq)):
				held.WriteString(seq)
				heldSGR = heldSGR || seq != " "
				col += w
			default:
				if open >= 0 && w > 0 {
					if q := spans[open].quote; q >= 0 {
						if d.QuoteLine[q] < 0 {
							d.QuoteLine[q] = li
						}
						d.QuoteEnd[q] = li
					}
					b.WriteString(held.String())
					held.Reset()
					if !styled || heldSGR {
						// glamour resets styles word by word: put ours back.
						reopen()
					}
					heldSGR = false
				}
				b.WriteString(seq)
				col += w
			}
		}
		if styled {
			b.WriteString("\x1b[22;23;24;27;39m")
		}
		b.WriteString(held.String())
		out := strings.ReplaceAll(b.String(), nbHyphen, "-")
		d.Lines = append(d.Lines, ansi.Truncate(out, width, "")+"\x1b[0m")
	}
	return d
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
