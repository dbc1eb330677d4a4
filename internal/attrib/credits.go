package attrib

// Credit lines and sign-offs: the house styles that name an article's
// agency or paper at a paragraph's edge.

// signOff reads an agency's sign-off closing a paragraph after its last
// sentence: "… at home. - Sapa", "… lundi. — Bernama".
func (d *doc) signOff(i int) (int, int, string, bool) {
	t := &d.toks[i]
	if t.Kind != tPunct || !isDash(t.Text) || i == 0 || d.toks[i-1].Para != t.Para || !d.isFinal(i-1) && !(d.toks[i-1].Kind == tMark && i > 1 && d.isFinal(i-2)) {
		return 0, 0, "", false
	}
	a, e := i+1, d.paraEnd(i)
	if a >= e || e-a > 3 || !d.toks[a].cap() {
		return 0, 0, "", false
	}
	// "“…” ― Jane Roe" signs a quotation with its speaker, not the
	// article with its agency: a name of two words or more after a
	// closing mark, unless it is an outlet the gazetteer knows.
	if d.toks[i-1].Kind == tMark && e-a > 1 && (d.toks[a].has(cGiven) || !d.mayStartOutlet(a)) {
		return 0, 0, "", false
	}
	for k := a; k < e; k++ {
		if d.toks[k].Kind != tWord {
			return 0, 0, "", false
		}
	}
	if name, end := d.outletFrom(a, e); end == e {
		return i, e, name, true
	}
	return i, e, d.span(a, e), true
}

func isDash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "―" }

// creditLine reads "Source: Avec PressTV", "Avec AFP", "Copyright (c) 2018
// Example.com", and datelines "(Reuters) -", "PARIS (AFP) -".
func (d *doc) creditLine(i int) (int, int, string, bool) {
	t := &d.toks[i]
	para := t.Para
	first := i == 0 || d.toks[i-1].Para != para
	next := func(k int) int {
		for k < len(d.toks) && d.toks[k].Para == para && (d.toks[k].Kind == tPunct || d.toks[k].Kind == tMark || d.toks[k].digit() || d.toks[k].Low == "c" || d.toks[k].Low == "avec" || d.toks[k].Low == "with") {
			k++
		}
		return k
	}
	lineEnd := func(k int) int {
		e := k
		for e < len(d.toks) && d.toks[e].Para == para && !d.isFinal(e) && d.toks[e].Text != "," && d.toks[e].Text != "/" {
			e++
		}
		return e
	}
	switch {
	case first && (t.Low == "source" || t.Low == "sources" || t.Low == "copyright" || t.Text == "©" || t.Low == "credit" || t.Low == "credits" || t.Low == "avec" || t.Low == "with"):
		a := next(i + 1)
		if t.Low == "avec" || t.Low == "with" {
			// "Avec AFP" alone on its line.
			if e := lineEnd(a); e-a <= 4 && e == d.paraEnd(i) && a < e {
				if name, end := d.outletFrom(a, e); end > a {
					return i, end, name, true
				}
				return i, e, d.span(a, e), d.toks[a].cap()
			}
			return 0, 0, "", false
		}
		e := lineEnd(a)
		if a >= e || e-a > 6 || !d.toks[a].cap() {
			return 0, 0, "", false
		}
		if name, end := d.outletFrom(a, e); end > a {
			return i, end, name, true
		}
		return i, e, d.span(a, e), true
	case t.Kind == tWord && t.cap() && i+2 < len(d.toks) && d.toks[i+1].isPrep() && d.pastParticiple(i) && d.creditSentence(i, first):
		// "Distributed by Kelder Global Media", "Diffusé par …": the
		// outlet an article came through, opening a paragraph or a
		// sentence of a copyright paragraph. A person ("Written by Ada
		// Quist") is a byline, no source.
		j := i + 2
		if d.toks[j].has(xArticle) && j+1 < len(d.toks) {
			j++
		}
		if name, end := d.outletFrom(j, len(d.toks)); end > j {
			return i, end, name, true
		}
		if n, ok := d.outletNameAt(j); ok && n.org && !n.place {
			return i, n.b, d.nameText(n), true
		}
	case t.Text == "(" && first:
		// "(Kelder-Presse) Dans un communiqué …": an agency's credit
		// opening the paragraph, its words all capitalised; "(Photo)"
		// labels a picture.
		c := i + 1
		for c < len(d.toks) && c < i+6 && d.toks[c].Para == para && d.toks[c].Text != ")" {
			if tk := &d.toks[c]; tk.Kind == tWord && (!tk.cap() || tk.has(xLinkLabel)) || tk.Kind != tWord && tk.Text != "-" {
				return 0, 0, "", false
			}
			c++
		}
		if c == i+1 || c >= len(d.toks) || d.toks[c].Text != ")" || c+1 >= len(d.toks) || d.toks[c+1].Para != para || !d.toks[c+1].cap() && !isDash(d.toks[c+1].Text) {
			return 0, 0, "", false
		}
		if name, end := d.outletFrom(i+1, c); end > i+1 {
			return i, c + 1, name, true
		}
		return i, c + 1, d.span(i+1, c), true
	case t.Text == "(" && i+2 < len(d.toks) && d.toks[i+2].Text == ")" && d.paraStartTok(para)+6 > i:
		if k := i + 3; k < len(d.toks) && (d.toks[k].Text == "-" || d.toks[k].Text == "—" || d.toks[k].Text == "–") {
			if name, end := d.outletFrom(i+1, i+2); end > i+1 {
				return i, i + 3, name, true
			}
			if allCaps(d.toks[i+1].Text) {
				return i, i + 3, d.toks[i+1].Text, true
			}
		}
	}
	return 0, 0, "", false
}

func (d *doc) paraEnd(i int) int {
	p := d.toks[i].Para
	for i < len(d.toks) && d.toks[i].Para == p {
		i++
	}
	return i
}

// creditSentence reports token i opening a paragraph, or a sentence of a
// paragraph that opens with a credit line ("Copyright © 2025 X. All rights
// reserved. Distributed by Y.").
func (d *doc) creditSentence(i int, first bool) bool {
	if first {
		return true
	}
	if d.sentenceStart(i) != i {
		return false
	}
	p := d.paraStartTok(d.toks[i].Para)
	_, _, _, ok := d.creditLine(p)
	return p < i && ok
}
