package attrib

// Language detection counts very common function words. Articles are long
// enough that this is reliable, and it keeps the engine free of models.

var frWords = map[string]bool{
	"le": true, "la": true, "les": true, "des": true, "est": true, "et": true, "une": true, "du": true,
	"que": true, "qui": true, "dans": true, "pour": true, "pas": true, "sur": true, "au": true,
	"avec": true, "il": true, "elle": true, "ont": true, "sont": true, "mais": true, "aux": true,
	"l'": true, "d'": true, "qu'": true, "ce": true, "cette": true, "selon": true, "nous": true,
}

var enWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "is": true, "that": true, "for": true,
	"it": true, "with": true, "was": true, "on": true, "he": true, "she": true, "said": true,
	"are": true, "be": true, "this": true, "have": true, "has": true, "from": true, "by": true,
	"they": true, "we": true, "his": true, "her": true, "will": true, "at": true, "not": true,
}

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
