package render

import (
	"fmt"
	"math"
	"testing"
)

// CIEDE2000 against pairs of Sharma, Wu and Dalal's published test data
// (2005, table 1): the implementation is the formula, not an approximation.
func TestDeltaE2000(t *testing.T) {
	for _, c := range []struct {
		p, q Lab
		want float64
	}{
		{Lab{50, 2.6772, -79.7751}, Lab{50, 0, -82.7485}, 2.0425},
		{Lab{50, 0, 0}, Lab{50, -1, 2}, 2.3669},
		{Lab{50, 2.5, 0}, Lab{73, 25, -18}, 27.1492},
		{Lab{60.2574, -34.0099, 36.2677}, Lab{60.4626, -34.1751, 39.4387}, 1.2644},
		{Lab{2.0776, 0.0795, -1.1350}, Lab{0.9033, -0.0636, -0.5514}, 0.9082},
		{Lab{50, 2.5, 0}, Lab{50, 0, -2.5}, 4.3065},
	} {
		if got := DeltaE2000(c.p, c.q); math.Abs(got-c.want) > 1e-4 {
			t.Errorf("ΔE00(%v, %v) = %.4f, want %.4f", c.p, c.q, got, c.want)
		}
		if got := DeltaE2000(c.q, c.p); math.Abs(got-c.want) > 1e-4 {
			t.Errorf("ΔE00 is not symmetric for %v, %v: %.4f", c.p, c.q, got)
		}
	}
}

func TestContrastAndXterm(t *testing.T) {
	if got := Contrast(Hex("#ffffff"), Hex("#000000")); math.Abs(got-21) > 1e-9 {
		t.Errorf("white on black %.3f, want 21", got)
	}
	if got := Contrast(Hex("#777777"), Hex("#ffffff")); math.Abs(got-4.478) > 0.01 {
		t.Errorf("#777 on white %.3f, want 4.48", got)
	}
	for i, want := range map[int]RGB{16: {0, 0, 0}, 196: {255, 0, 0}, 67: {95, 135, 175}, 231: {255, 255, 255}, 232: {8, 8, 8}, 255: {238, 238, 238}} {
		if got := Xterm(i); got != want {
			t.Errorf("Xterm(%d) = %v, want %v", i, got, want)
		}
	}
	if l := Hex("#ffffff").ToLab(); math.Abs(l.L-100) > 1e-3 || math.Abs(l.A) > 1e-3 || math.Abs(l.B) > 1e-3 {
		t.Errorf("white in CIELAB %v, want (100, 0, 0)", l)
	}
	// A dichromat does not see the difference between red and green that
	// normal vision does.
	red, green := Hex("#d70000"), Hex("#5f8700")
	if n, d := DeltaE2000(red.ToLab(), green.ToLab()), DeltaE2000(red.As(Deuteranopia).ToLab(), green.As(Deuteranopia).ToLab()); d > n/2 {
		t.Errorf("red and green ΔE00 %.1f in normal vision, %.1f for a deuteranope: the simulation does nothing", n, d)
	}
}

// PaletteReport measures a palette: the least contrast against the
// backgrounds, and the least CIEDE2000 distance between two of its first n
// colours, and between each of them and the body text and unattributed
// grey, in the visions given.
type paletteReport struct {
	contrast, pair, fixed float64
}

func measure(pal []int, dark bool, n int, visions []Vision) paletteReport {
	bgs := LightBackgrounds
	if dark {
		bgs = DarkBackgrounds
	}
	r := paletteReport{contrast: 99, pair: 999, fixed: 999}
	for _, c := range pal[:n] {
		for _, bg := range bgs {
			r.contrast = min(r.contrast, Contrast(Xterm(c), bg))
		}
	}
	for _, v := range visions {
		lab := func(i int) Lab { return Xterm(i).As(v).ToLab() }
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				r.pair = min(r.pair, DeltaE2000(lab(pal[i]), lab(pal[j])))
			}
			for _, f := range []int{BodyText(dark), Unattributed(dark)} {
				r.fixed = min(r.fixed, DeltaE2000(lab(pal[i]), lab(f)))
			}
		}
	}
	return r
}

// TestSpeakerPalettes holds each palette to the figures palette.go states.
func TestSpeakerPalettes(t *testing.T) {
	all := []Vision{Normal, Protanopia, Deuteranopia, Tritanopia}
	for _, c := range []struct {
		dark, safe      bool
		visions         []Vision
		pair, pairFirst float64 // all eight, the first four
	}{
		{true, false, []Vision{Normal}, 24, 38},
		{false, false, []Vision{Normal}, 24, 32},
		{true, true, all, 11, 20},
		{false, true, all, 9, 15},
	} {
		name := fmt.Sprintf("dark=%t colorblind=%t", c.dark, c.safe)
		pal := SpeakerPalette(c.dark, c.safe)
		if len(pal) != 8 {
			t.Errorf("%s: %d colours, want 8", name, len(pal))
			continue
		}
		r := measure(pal, c.dark, 8, c.visions)
		first := measure(pal, c.dark, 4, c.visions)
		t.Logf("%s: contrast ≥ %.2f:1, ΔE00 ≥ %.1f between colours (first four ≥ %.1f), ≥ %.1f from body text and grey", name, r.contrast, r.pair, first.pair, r.fixed)
		if r.contrast < 4.5 {
			t.Errorf("%s: contrast %.2f:1 against a reference background, want ≥ 4.5:1", name, r.contrast)
		}
		if r.pair < c.pair || first.pair < c.pairFirst {
			t.Errorf("%s: ΔE00 %.1f between two colours (first four %.1f), want ≥ %.0f (%.0f)", name, r.pair, first.pair, c.pair, c.pairFirst)
		}
		if r.fixed < c.pair {
			t.Errorf("%s: a colour is ΔE00 %.1f from the body text or the unattributed grey, want ≥ %.0f", name, r.fixed, c.pair)
		}
		bgs := LightBackgrounds
		if c.dark {
			bgs = DarkBackgrounds
		}
		for _, bg := range bgs {
			if got := Contrast(Xterm(Unattributed(c.dark)), bg); got < 4.5 {
				t.Errorf("%s: the unattributed grey has contrast %.2f:1 on %v", name, got, bg)
			}
		}
	}
}
