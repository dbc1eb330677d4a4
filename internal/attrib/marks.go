package attrib

import (
	"cmp"
	"slices"
)

// Quote marks are found in one left-to-right pass over each paragraph's
// tokens, with a small stack of open marks. The stack is capped, so the scan
// stays linear whatever the input.

type family uint8

const (
	famNone   family = iota
	famGuil          // « »
	famAngle         // ‹ ›
	famCurly         // “ ”
	famLow           // „ “ or „ ”
	famStr           // " "
	famSingle        // ‘ ’
	famApos          // ' '
	famTwo           // '' '' or `` ''
)

// strong families are the double marks: an unbalanced one still delimits a
// quotation. Single marks double as apostrophes, so an unbalanced one is
// ignored.
func (f family) strong() bool { return f != famSingle && f != famApos }

const maxDepth = 8

func isQuoteRune(r rune) bool {
	switch r {
	case '«', '»', '‹', '›', '“', '”', '„', '‟', '"', '‘', '’', '‚', '\'':
		return true
	}
	return false
}

// afterPunct reports a sign glued before token i: a closing mark of two
// apostrophes there has its sentence behind it even when a word follows
// without a space.
func afterPunct(toks []token, i int) bool {
	return i > 0 && toks[i-1].Para == toks[i].Para && toks[i-1].Kind == tPunct && !toks[i-1].SpaceAfter
}

// afterElision reports a mark glued to an elided word before it and a word
// after it ("qu’”aucune digue"): an elision leads into what follows, so the
// mark opens whatever its glyph. The tokenizer leaves the apostrophe of an
// elision before a mark as a mark of its own.
func afterElision(toks []token, i int) bool {
	if i < 2 || i+1 >= len(toks) || toks[i].SpaceAfter || toks[i+1].Kind != tWord {
		return false
	}
	a, w := &toks[i-1], &toks[i-2]
	if a.Kind != tMark || a.Text != "’" && a.Text != "'" || a.SpaceAfter || w.Kind != tWord || w.SpaceAfter || w.Para != toks[i].Para {
		return false
	}
	_, ok := elision(w.Text)
	return ok
}

// qspan is one quotation found by the mark scanner.
type qspan struct {
	open, close int // token indices of the marks; -1 when missing
	first, last int // token range of the content, [first, last)
	para        int32
}

type openMark struct {
	fam family
	tok int
}

// flanking describes the white space around a mark: a mark with space before
// and a word after opens; one with a word before and space after closes.
func flanking(toks []token, i int) (left, right bool) {
	t := &toks[i]
	prevSpace := i == 0 || toks[i-1].Para != t.Para || toks[i-1].SpaceAfter ||
		toks[i-1].Kind == tPunct && isOpeningPunct(toks[i-1].Text) || toks[i-1].Kind == tMark && !toks[i-1].SpaceAfter && isOpenerRune(toks[i-1].Text)
	nextSpace := t.SpaceAfter || i+1 >= len(toks) || toks[i+1].Para != t.Para ||
		toks[i+1].Kind == tPunct && isClosingPunct(toks[i+1].Text)
	return prevSpace && !nextSpace, !prevSpace && nextSpace
}

func isOpeningPunct(s string) bool {
	return s == "(" || s == "[" || s == "—" || s == "–" || s == "-"
}
func isClosingPunct(s string) bool {
	switch s {
	case ".", ",", ";", ":", "!", "?", "…", ")", "]", "...", "—", "–":
		return true
	}
	return false
}
func isOpenerRune(s string) bool {
	return s == "«" || s == "“" || s == "„" || s == "‘" || s == "‹" || s == "``"
}

// findQuotes returns the outermost quotations of each paragraph, in order.
//
// Quotations are appended to out; stack is working space, returned for reuse.
func findQuotes(toks []token, out []qspan, stack []openMark) ([]qspan, []openMark) {
	paraStart := 0
	// A '' with no opener runs from the paragraph start only in an article
	// that writes its quotes that way: elsewhere it is a plural possessive
	// closing a single-quoted phrase.
	twoSeen := false
	flush := func(end int) {
		// An opener that never closes runs to the end of its paragraph.
		for _, o := range stack {
			if o.fam.strong() {
				if o.tok+1 < end {
					out = append(out, qspan{open: o.tok, close: -1, first: o.tok + 1, last: end, para: toks[o.tok].Para})
				}
				break
			}
		}
		stack = stack[:0]
	}
	closeFam := func(i int, fams ...family) bool {
		for k := len(stack) - 1; k >= 0; k-- {
			for _, f := range fams {
				if stack[k].fam == f {
					if onlyWeak(stack[:k]) {
						o := stack[k].tok
						if !f.strong() {
							// A single-quoted passage swallows the double
							// quotes nested in it (British style).
							for len(out) > 0 && out[len(out)-1].first > o {
								out = out[:len(out)-1]
							}
						}
						out = append(out, qspan{open: o, close: i, first: o + 1, last: i, para: toks[i].Para})
						k = 0
					}
					stack = stack[:k]
					return true
				}
			}
		}
		return false
	}
	has := func(f family) bool {
		for _, o := range stack {
			if o.fam == f {
				return true
			}
		}
		return false
	}
	push := func(f family, i int) {
		if len(stack) < maxDepth {
			stack = append(stack, openMark{f, i})
		}
	}
	orphan := func(i int) {
		// A closing mark with no opener runs from the paragraph start.
		from := paraStart
		if n := len(out); n > 0 && out[n-1].para == toks[i].Para && out[n-1].close >= 0 {
			from = out[n-1].close + 1
			// '"A," Jones said. B."': the attribution sentence is not part
			// of the quote whose opening mark is missing.
			for k := from; k < i; k++ {
				if t := toks[k].Text; (t == "." || t == "!" || t == "?") && k+1 < i {
					from = k + 1
					break
				}
			}
		}
		if onlyWeak(stack) && i > from {
			out = append(out, qspan{open: -1, close: i, first: from, last: i, para: toks[i].Para})
		}
	}
	for i := range toks {
		if i > 0 && toks[i].Para != toks[i-1].Para {
			flush(i)
			paraStart = i
		}
		t := &toks[i]
		if t.Kind != tMark {
			continue
		}
		left, right := flanking(toks, i)
		switch t.Text {
		case "«":
			push(famGuil, i)
		case "‹":
			push(famAngle, i)
		case "„", "‟":
			push(famLow, i)
		case "»":
			if !closeFam(i, famGuil) {
				orphan(i)
			}
		case "›":
			closeFam(i, famAngle)
		case "“":
			if has(famLow) {
				closeFam(i, famLow)
			} else if right && has(famCurly) {
				closeFam(i, famCurly)
			} else {
				push(famCurly, i)
			}
		case "”":
			switch {
			case has(famCurly) || has(famLow):
				closeFam(i, famCurly, famLow)
			case has(famStr) && !left:
				// Mixed typography: "… ” closes a straight opener.
				closeFam(i, famStr)
			case left || afterElision(toks, i):
				push(famCurly, i)
			default:
				orphan(i)
			}
		case "``":
			push(famTwo, i)
			twoSeen = true
		case "''":
			// Glued to words on both sides it is a typo inside a word,
			// unless a sentence ends before it.
			spaced := !left && !right && i > 0 && toks[i-1].Para == t.Para && toks[i-1].SpaceAfter
			closing := right || spaced || !left && afterPunct(toks, i)
			switch {
			case closing && has(famTwo):
				closeFam(i, famTwo)
			case right && has(famApos):
				closeFam(i, famApos) // 'the Joneses''
			case closing && has(famStr):
				closeFam(i, famStr) // mixed typography: "… ''
			case left || spaced:
				push(famTwo, i)
				twoSeen = true
			case right && twoSeen && len(stack) == 0:
				orphan(i)
			}
		case "\"":
			switch {
			case (has(famCurly) || has(famTwo)) && !has(famStr) && right:
				closeFam(i, famCurly, famTwo)
			case has(famStr) && !left:
				closeFam(i, famStr)
			case has(famStr) && left && len(stack) > 0 && stack[len(stack)-1].fam == famStr:
				closeFam(i, famStr)
			case right && len(stack) == 0:
				orphan(i)
			default:
				push(famStr, i)
			}
		case "‘", "‚":
			if !right {
				push(famSingle, i)
			}
		case "’":
			if !left && has(famSingle) && !(i+1 < len(toks) && toks[i+1].Kind == tWord && !t.SpaceAfter) {
				closeFam(i, famSingle)
			}
		case "'":
			spaced := !left && !right
			switch {
			case has(famApos) && (right || spaced):
				closeFam(i, famApos)
			case left || spaced && i > 0 && toks[i-1].Para == t.Para && toks[i-1].SpaceAfter:
				push(famApos, i)
			}
		}
	}
	flush(len(toks))
	// The quotes come out nearly always in order already.
	if byFirst := func(a, b qspan) int { return cmp.Compare(a.first, b.first) }; !slices.IsSortedFunc(out, byFirst) {
		slices.SortStableFunc(out, byFirst)
	}
	return out, stack[:0]
}

func onlyWeak(st []openMark) bool {
	for _, o := range st {
		if o.fam.strong() {
			return false
		}
	}
	return true
}
