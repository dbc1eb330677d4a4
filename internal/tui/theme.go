package tui

import (
	"fmt"
	"image/color"

	"charm.land/lipgloss/v2"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/render"
)

// Theme is the colours of one background (dark or light) and palette.
type Theme struct {
	Dark    bool
	NoColor bool
	// Palette is the speaker colours, as ANSI 256 indexes so the reader's
	// glamour output and the side pane's lipgloss styles agree.
	Palette []int

	Title, Dim, Accent, Selected, Border, BorderFocus, Status, Error, Tab, TabActive lipgloss.Style
	// Added and Dropped are the words a version of a quote adds and drops
	// (the trail view).
	Added, Dropped lipgloss.Style

	boxes boxCache // the pane borders drawn, by focus and width
}

// NewTheme builds a theme for a dark or light background.
func NewTheme(dark, noColor, colorSafe bool) *Theme {
	t := &Theme{Dark: dark, NoColor: noColor}
	ld := lipgloss.LightDark(dark)
	c := func(light, darkc string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(darkc)) }
	t.Palette = render.SpeakerPalette(dark, colorSafe)
	accent := c("#5A3FC0", "#B7A6FF")
	t.Title = lipgloss.NewStyle().Bold(true)
	t.Dim = lipgloss.NewStyle().Foreground(c("#6B6B6B", "#8A8A8A"))
	t.Accent = lipgloss.NewStyle().Foreground(accent)
	t.Selected = lipgloss.NewStyle().Background(c("#E4DEFF", "#3B3360")).Bold(true)
	// Greys that stay visible when a 16-colour terminal rounds them (#BDBDBD
	// became bright white, invisible on a light background).
	t.Border = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(c("#7A7A7A", "#4A4A4A"))
	t.BorderFocus = t.Border.BorderForeground(accent)
	t.Status = lipgloss.NewStyle().Foreground(c("#333333", "#C8C8C8"))
	t.Error = lipgloss.NewStyle().Foreground(c("#B00020", "#FF6B6B")).Bold(true)
	t.Tab = lipgloss.NewStyle().Padding(0, 1).Foreground(c("#6B6B6B", "#8A8A8A"))
	t.TabActive = lipgloss.NewStyle().Padding(0, 1).Bold(true).Foreground(accent).Underline(true)
	t.Added = lipgloss.NewStyle().Foreground(c("#1B7F3A", "#7EE2A0")).Bold(true)
	t.Dropped = lipgloss.NewStyle().Foreground(c("#B00020", "#FF6B6B")).Strikethrough(true)
	if noColor {
		plain := lipgloss.NewStyle()
		t.Added, t.Dropped = plain.Bold(true), plain.Strikethrough(true)
		t.Dim, t.Accent, t.Status, t.Error = plain, plain, plain, plain.Bold(true)
		t.Selected = plain.Reverse(true)
		t.Border = plain.Border(lipgloss.NormalBorder())
		t.BorderFocus = plain.Border(lipgloss.ThickBorder())
		t.Tab, t.TabActive = plain.Padding(0, 1), plain.Padding(0, 1).Bold(true).Underline(true)
	}
	return t
}

// SpeakerColorAt is the colour of the speaker of rank i in an article
// (render.SpeakerRank: most quoted first), the unattributed grey for -1.
// Colours go by rank, not by name, so that no two of an article's first
// eight speakers share one.
func (t *Theme) SpeakerColorAt(i int) int { return render.ColorAt(t.Palette, t.Dark, i) }

// SpeakerStyleAt is the lipgloss style of the speaker of rank i. Without
// colour a speaker's name is bold, as are the quotes in the reader, which
// tell speakers apart by the names beside them.
func (t *Theme) SpeakerStyleAt(i int) lipgloss.Style {
	if t.NoColor {
		return lipgloss.NewStyle().Bold(true)
	}
	return lipgloss.NewStyle().Foreground(lipgloss.Color(fmt.Sprint(t.SpeakerColorAt(i))))
}

// SpeakerStyleIn is the style of speaker name as article r colours it.
func (t *Theme) SpeakerStyleIn(r *attrib.Result, name string) lipgloss.Style {
	return t.SpeakerStyleAt(render.SpeakerRank(r, name))
}

// RenderStyles is the theme as the article renderer takes it for article
// r: direct quotes bold in the speaker's colour, reported speech quieter
// (underlined in the colour), sources italic.
func (t *Theme) RenderStyles(r attrib.Result) render.Styles {
	ranks := render.SpeakerColors(r)
	colour := func(speaker string) int {
		if i, ok := ranks[speaker]; ok {
			return t.SpeakerColorAt(i)
		}
		return t.SpeakerColorAt(-1)
	}
	return render.Styles{
		Dark:    t.Dark,
		NoColor: t.NoColor,
		Quote: func(speaker string, kind attrib.Kind) render.Style {
			if kind == attrib.Indirect {
				return render.Style(fmt.Sprintf("4;38;5;%d", colour(speaker)))
			}
			return render.Style(fmt.Sprintf("1;38;5;%d", colour(speaker)))
		},
		Source: "3;4",
		Flash:  "7",
	}
}
