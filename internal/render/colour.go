package render

import "math"

// The measures the speaker palettes are chosen and tested by: xterm's
// 256-colour table in sRGB, CIELAB (D65), the CIEDE2000 colour difference,
// the WCAG 2 contrast ratio, and the Machado, Oliveira and Fernandes (2009)
// simulation of the three dichromacies.

// RGB is an sRGB colour, each channel 0–255.
type RGB struct{ R, G, B uint8 }

// Xterm is the colour of a 256-colour index as xterm draws it. The first 16
// are the terminal's own theme and have no fixed value: the standard VGA
// values are given.
func Xterm(i int) RGB {
	switch {
	case i < 16:
		v := [16]RGB{{0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0}, {0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
			{127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0}, {92, 92, 255}, {255, 0, 255}, {0, 255, 255}, {255, 255, 255}}
		return v[i]
	case i < 232:
		level := func(n int) uint8 {
			if n == 0 {
				return 0
			}
			return uint8(55 + 40*n)
		}
		i -= 16
		return RGB{level(i / 36), level(i / 6 % 6), level(i % 6)}
	}
	g := uint8(8 + 10*(i-232))
	return RGB{g, g, g}
}

// Hex parses "#rrggbb".
func Hex(s string) RGB {
	var v [3]uint8
	for i := range v {
		v[i] = hexByte(s[1+2*i])<<4 | hexByte(s[2+2*i])
	}
	return RGB{v[0], v[1], v[2]}
}

func hexByte(c byte) uint8 {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

func toLinear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

func fromLinear(v float64) uint8 {
	v = max(0, min(1, v))
	if v <= 0.0031308 {
		v *= 12.92
	} else {
		v = 1.055*math.Pow(v, 1/2.4) - 0.055
	}
	return uint8(math.Round(v * 255))
}

// Luminance is the WCAG relative luminance.
func (c RGB) Luminance() float64 {
	return 0.2126*toLinear(c.R) + 0.7152*toLinear(c.G) + 0.0722*toLinear(c.B)
}

// Contrast is the WCAG 2 contrast ratio of two colours, 1 to 21.
func Contrast(a, b RGB) float64 {
	la, lb := a.Luminance(), b.Luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Lab is a CIELAB colour (D65 white).
type Lab struct{ L, A, B float64 }

// ToLab converts c to CIELAB.
func (c RGB) ToLab() Lab {
	r, g, b := toLinear(c.R), toLinear(c.G), toLinear(c.B)
	x := (0.4124564*r + 0.3575761*g + 0.1804375*b) / 0.95047
	y := 0.2126729*r + 0.7151522*g + 0.0721750*b
	z := (0.0193339*r + 0.1191920*g + 0.9503041*b) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return Lab{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

// DeltaE2000 is the CIEDE2000 difference of two colours (Sharma, Wu and
// Dalal's formulation, kL = kC = kH = 1). About 2 is just noticeable; two
// text colours a reader must tell apart at a glance want 20 or more.
func DeltaE2000(p, q Lab) float64 {
	rad := math.Pi / 180
	c1, c2 := math.Hypot(p.A, p.B), math.Hypot(q.A, q.B)
	cm := (c1 + c2) / 2
	g := 0.5 * (1 - math.Sqrt(math.Pow(cm, 7)/(math.Pow(cm, 7)+math.Pow(25, 7))))
	a1, a2 := (1+g)*p.A, (1+g)*q.A
	c1p, c2p := math.Hypot(a1, p.B), math.Hypot(a2, q.B)
	hue := func(b, a float64) float64 {
		if a == 0 && b == 0 {
			return 0
		}
		h := math.Atan2(b, a) / rad
		if h < 0 {
			h += 360
		}
		return h
	}
	h1, h2 := hue(p.B, a1), hue(q.B, a2)
	dL, dC := q.L-p.L, c2p-c1p
	var dh float64
	switch {
	case c1p*c2p == 0:
		dh = 0
	case math.Abs(h2-h1) <= 180:
		dh = h2 - h1
	case h2-h1 > 180:
		dh = h2 - h1 - 360
	default:
		dh = h2 - h1 + 360
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*rad)
	lm, cmp := (p.L+q.L)/2, (c1p+c2p)/2
	var hm float64
	switch {
	case c1p*c2p == 0:
		hm = h1 + h2
	case math.Abs(h1-h2) <= 180:
		hm = (h1 + h2) / 2
	case h1+h2 < 360:
		hm = (h1 + h2 + 360) / 2
	default:
		hm = (h1 + h2 - 360) / 2
	}
	t := 1 - 0.17*math.Cos((hm-30)*rad) + 0.24*math.Cos(2*hm*rad) + 0.32*math.Cos((3*hm+6)*rad) - 0.20*math.Cos((4*hm-63)*rad)
	dTheta := 30 * math.Exp(-math.Pow((hm-275)/25, 2))
	rc := 2 * math.Sqrt(math.Pow(cmp, 7)/(math.Pow(cmp, 7)+math.Pow(25, 7)))
	sl := 1 + 0.015*math.Pow(lm-50, 2)/math.Sqrt(20+math.Pow(lm-50, 2))
	sc := 1 + 0.045*cmp
	sh := 1 + 0.015*cmp*t
	rt := -math.Sin(2*dTheta*rad) * rc
	return math.Sqrt(math.Pow(dL/sl, 2) + math.Pow(dC/sc, 2) + math.Pow(dH/sh, 2) + rt*(dC/sc)*(dH/sh))
}

// Vision is a way of seeing colour: normal, or one of the dichromacies.
type Vision int

const (
	Normal       Vision = iota
	Protanopia          // no long-wavelength (red) cones
	Deuteranopia        // no medium-wavelength (green) cones: the most common
	Tritanopia          // no short-wavelength (blue) cones
)

// machado are Machado et al.'s matrices at severity 1, on linear RGB.
var machado = [...][9]float64{
	Protanopia:   {0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998},
	Deuteranopia: {0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820, 0.042940, 0.968881},
	Tritanopia:   {1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.303900},
}

// As is c as a person with vision v sees it.
func (c RGB) As(v Vision) RGB {
	if v == Normal {
		return c
	}
	m := machado[v]
	r, g, b := toLinear(c.R), toLinear(c.G), toLinear(c.B)
	return RGB{fromLinear(m[0]*r + m[1]*g + m[2]*b), fromLinear(m[3]*r + m[4]*g + m[5]*b), fromLinear(m[6]*r + m[7]*g + m[8]*b)}
}
