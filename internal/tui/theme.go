package tui

import (
	"fmt"
	"hash/fnv"
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
}

// Speaker palettes. The colour-blind-safe one follows Okabe and Ito's
// eight colours (mapped to the nearest 256-colour indexes).
var (
	paletteDark      = []int{214, 81, 120, 213, 227, 141, 209, 87, 183, 156}
	paletteLight     = []int{166, 25, 28, 127, 94, 55, 160, 30, 90, 64}
	paletteColorSafe = []int{214, 75, 36, 227, 32, 166, 175, 248}
)

// NewTheme builds a theme for a dark or light background.
func NewTheme(dark, noColor, colorSafe bool) *Theme {
	t := &Theme{Dark: dark, NoColor: noColor}
	ld := lipgloss.LightDark(dark)
	c := func(light, darkc string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(darkc)) }
	switch {
	case colorSafe:
		t.Palette = paletteColorSafe
	case dark:
		t.Palette = paletteDark
	default:
		t.Palette = paletteLight
	}
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
	if noColor {
		plain := lipgloss.NewStyle()
		t.Dim, t.Accent, t.Status, t.Error = plain, plain, plain, plain.Bold(true)
		t.Selected = plain.Reverse(true)
		t.Border = plain.Border(lipgloss.NormalBorder())
		t.BorderFocus = plain.Border(lipgloss.ThickBorder())
		t.Tab, t.TabActive = plain.Padding(0, 1), plain.Padding(0, 1).Bold(true).Underline(true)
	}
	return t
}

// SpeakerColor is the palette index of a speaker: stable across articles
// and runs, so a person keeps their colour everywhere.
func (t *Theme) SpeakerColor(name string) int {
	if name == "" {
		return 250
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	return t.Palette[int(h.Sum32())%len(t.Palette)]
}

// SpeakerStyle is the lipgloss style of a speaker's name and quotes.
func (t *Theme) SpeakerStyle(name string) lipgloss.Style {
	if t.NoColor {
		return lipgloss.NewStyle().Bold(true)
	}
	return lipgloss.NewStyle().Foreground(lipgloss.Color(fmt.Sprint(t.SpeakerColor(name))))
}

// RenderStyles is the theme as the article renderer takes it: direct
// quotes bold in the speaker's colour, reported speech quieter (underlined
// in the colour), sources italic.
func (t *Theme) RenderStyles() render.Styles {
	return render.Styles{
		Dark:    t.Dark,
		NoColor: t.NoColor,
		Quote: func(speaker string, kind attrib.Kind) render.Style {
			if kind == attrib.Indirect {
				return render.Style(fmt.Sprintf("4;38;5;%d", t.SpeakerColor(speaker)))
			}
			return render.Style(fmt.Sprintf("1;38;5;%d", t.SpeakerColor(speaker)))
		},
		Source: "3;4",
		Flash:  "7",
	}
}
