package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Acronyms and the phrases an article spells them from.

// fullName is an entity's name, an acronym spelled out where the article
// spelled it: "the agency said" after "Export Development Canada (EDC)"
// names the agency in full, as a name would be.
func (d *doc) fullName(e *entity) string {
	if e.words == 1 && len(e.occPos) > 0 {
		if full, ok := d.acronymFor(e.occPos[0]); ok {
			return full
		}
	}
	return e.name
}

// acronymFor expands the acronym at token i with the phrase the article
// spelled it from, last before i: "le service départemental d'incendie et de
// secours (SDIS)", "Harbours, Ferries and Coastal Transit Saltmere (HFCTS)".
// The phrase's content words must give the acronym's letters, in order, with
// only linking words between them.
func (d *doc) acronymFor(i int) (string, bool) {
	if a, b, ok := d.acronymSpan(i); ok {
		return d.span(a, b), true
	}
	return "", false
}

// acronymSpan is acronymFor's phrase as tokens [a, b).
func (d *doc) acronymSpan(i int) (int, int, bool) {
	acr := d.toks[i].Text
	if !allCaps(acr) || len(acr) < 3 || len(acr) > 8 || !isASCIIUpper(acr) {
		return 0, 0, false
	}
	low := strings.ToLower(acr)
	for k := i - 1; k >= 0 && i-k < 5000; k-- {
		t := &d.toks[k]
		if t.Kind != tWord || t.Low == "" || t.Low[0] != low[0] || allCaps(t.Text) || t.has(xLinkWord) {
			continue
		}
		if end, ok := d.spells(k, i, low); ok {
			return k, end, true
		}
	}
	return 0, 0, false
}

// spells matches the letters of acr to the content words from token k on.
func (d *doc) spells(k, limit int, acr string) (int, bool) {
	n := 0
	j := k
	for ; j < limit && n < len(acr); j++ {
		t := &d.toks[j]
		if t.Para != d.toks[k].Para {
			return 0, false
		}
		if t.Kind != tWord {
			if t.Text == "," && n > 0 {
				continue
			}
			return 0, false
		}
		if t.has(xLinkWord) && n > 0 {
			continue
		}
		if t.Low == "" || t.Low[0] != acr[n] {
			return 0, false
		}
		n++
		// "Inspector-General": each capitalised part of a compound gives
		// its letter.
		if parts := strings.Split(t.Text, "-"); len(parts) > 1 {
			low := strings.Split(t.Low, "-")
			for p := 1; p < len(parts) && p < len(low) && n < len(acr); p++ {
				if r, _ := utf8.DecodeRuneInString(parts[p]); !unicode.IsUpper(r) || low[p] == "" || low[p][0] != acr[n] {
					break
				}
				n++
			}
		}
	}
	if n < len(acr) {
		return 0, false
	}
	// The phrase must end there: "(SDIS)" or the end of the noun phrase,
	// not go on with more capitalised words.
	if j < len(d.toks) && d.toks[j].Kind == tWord && d.toks[j].cap() && d.toks[j].Para == d.toks[k].Para {
		return 0, false
	}
	return j, true
}

func isASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
