package attrib

// detectLang returns "fr", "en", or "" when the text is in neither (or too
// short to tell).
//
// fr and en are the French and English function words among words.
func detectLang(fr, en, words int) string {
	if words == 0 {
		return ""
	}
	best, n := "fr", fr
	if en > fr {
		best, n = "en", en
	}
	// Real French or English prose has well over one function word in ten.
	if n*100 < words*8 || n < 2 {
		return ""
	}
	return best
}
