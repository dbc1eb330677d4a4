package render

import "github.com/dixit-news/dixit/internal/attrib"

// The speaker palettes, as xterm 256-colour indexes (the reader's glamour
// output and the side pane's styles take the same numbers). They were
// chosen by search over the 6×6×6 colour cube to keep every pair far apart
// and every colour legible, and palette_test.go measures them:
//
//   - contrast: WCAG 2 ratio at least 4.5:1 (AA for body text) against
//     every reference background of the mode (DarkBackgrounds,
//     LightBackgrounds), bold or not;
//   - distance: CIEDE2000 ΔE between every two colours of a palette, and
//     between each and the body text and unattributed grey, at least 24 for
//     the default palettes (their first four colours at least 38 apart on
//     dark, 32 on light); for the colour-blind ones, in normal vision and as
//     protanopes, deuteranopes and tritanopes see them (Machado et al.
//     2009), at least 11 on dark and 9 on light (first four: 20 and 15).
//     Eight colours that stay apart for a dichromat are fewer than for
//     normal vision: that is the honest figure, not a target missed.
//
// Colours go to an article's speakers in order, most quoted first: the
// first four, the farthest apart, go to the speakers seen most. Beyond
// eight speakers the colours repeat.
var (
	paletteDark           = []int{201, 226, 208, 37, 70, 203, 104, 49}
	paletteLight          = []int{160, 22, 89, 25, 94, 17, 52, 93}
	paletteColorSafeDark  = []int{194, 141, 184, 36, 139, 202, 219, 114}
	paletteColorSafeLight = []int{22, 96, 21, 17, 19, 25, 52, 89}
)

// Reference backgrounds the palettes are measured against: black, the
// common dark themes' greys and Solarized's base03; white, light grey and
// Solarized's base3.
var (
	DarkBackgrounds  = []RGB{Hex("#000000"), Hex("#1c1c1c"), Hex("#282828"), Hex("#002b36")}
	LightBackgrounds = []RGB{Hex("#ffffff"), Hex("#eeeeee"), Hex("#fdf6e3")}
)

// BodyText is the colour of the article's text (glamour's dark and light
// styles), which no speaker colour may resemble.
func BodyText(dark bool) int {
	if dark {
		return 252
	}
	return 234
}

// Unattributed is the colour of a quote nobody could be tied to: a grey,
// legible on the mode's backgrounds.
func Unattributed(dark bool) int {
	if dark {
		return 250
	}
	return 242
}

// SpeakerPalette is the speaker colours for a background and palette.
func SpeakerPalette(dark, colorSafe bool) []int {
	switch {
	case colorSafe && dark:
		return paletteColorSafeDark
	case colorSafe:
		return paletteColorSafeLight
	case dark:
		return paletteDark
	}
	return paletteLight
}

// SpeakerColors gives each speaker of a result its rank: the order of
// Result.Speakers (most quoted first), then any other speaker of a quote
// in text order. Rank i takes colour i of the palette.
func SpeakerColors(r attrib.Result) map[string]int {
	out := make(map[string]int, len(r.Speakers))
	for _, s := range r.Speakers {
		if _, ok := out[s.Name]; !ok && s.Name != "" {
			out[s.Name] = len(out)
		}
	}
	for _, q := range r.Quotes {
		if _, ok := out[q.Speaker]; !ok && q.Speaker != "" {
			out[q.Speaker] = len(out)
		}
	}
	return out
}

// SpeakerRank is name's rank in r as SpeakerColors gives it, -1 for the
// unattributed; it reads r without building the map.
func SpeakerRank(r *attrib.Result, name string) int {
	if name == "" {
		return -1
	}
	seen := make(map[string]bool, len(r.Speakers))
	for _, s := range r.Speakers {
		if s.Name == "" || seen[s.Name] {
			continue
		}
		if s.Name == name {
			return len(seen)
		}
		seen[s.Name] = true
	}
	for _, q := range r.Quotes {
		if q.Speaker == "" || seen[q.Speaker] {
			continue
		}
		if q.Speaker == name {
			return len(seen)
		}
		seen[q.Speaker] = true
	}
	return len(seen)
}

// ColorAt is the palette colour of rank i, the unattributed grey for -1.
func ColorAt(palette []int, dark bool, i int) int {
	if i < 0 {
		return Unattributed(dark)
	}
	return palette[i%len(palette)]
}
