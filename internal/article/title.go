package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle bounds a title taken from the text: a first sentence is rarely
// longer, and a body without any sentence end must not become its own
// title. Displays cut titles further to their width.
const maxTitle = 300

// titleScan is how much of the body TitleOf reads: eight lines of a
// headline, bylines and a lede's first sentence are far shorter.
const titleScan = 16 << 10

// TitleOf picks a title from the text of an article that gives none: its
// headline, the first line when it reads as one (short, no final period,
// more text after it); else the lede's first sentence, whole. Bylines
// ("Nora Quill, The Harbour Ledger", "By …"), a lone word ("Exclusive")
// and a dateline ("SALTMERE, Ont. — ", "Sainte-Aulne (AFP) - ") are not
// titles and are passed over. A lede opening on its circumstances ("During
// talks on Monday with X, the mayor, Nora Quill, announced …") gives the
// clause that carries its subject and verb ("Nora Quill announced …").
func TitleOf(body string) string {
	// Only the head can hold a title: a body of megabytes on one line
	// must not be split into words whole.
	if len(body) > titleScan {
		end := titleScan
		for end > 0 && !utf8.RuneStart(body[end]) {
			end--
		}
		body = body[:end]
	}
	lines := strings.Split(strings.TrimSpace(body), "\n")
	i := 0
	for i < len(lines) && i < 8 && skipLine(lines[i], lines[i+1:]) {
		i++
	}
	if i == len(lines) || i == 8 {
		i = 0
	}
	first := strings.TrimSpace(lines[i])
	if first == "" {
		return ""
	}
	if isHeadline(first) && moreText(lines[i+1:]) {
		return Shorten(first, maxTitle)
	}
	lede := stripDateline(first)
	sent, rest := firstSentence(lede)
	if words(sent) < 3 && words(rest) >= 3 {
		// "Enfin ! C'est avec soulagement que…": an exclamation is no title.
		sent, _ = firstSentence(rest)
	}
	if s := ledeSubject(sent); s != "" {
		sent = s
	}
	sent = strings.TrimSpace(sent)
	if strings.HasSuffix(sent, ".") && !strings.HasSuffix(sent, "..") {
		sent = strings.TrimSpace(strings.TrimSuffix(sent, "."))
	}
	return Shorten(sent, maxTitle)
}

// skipLine: a blank line, a byline, or a lone word before the text (a
// Markdown heading, "## Aside", is kept).
func skipLine(line string, after []string) bool {
	line = strings.TrimSpace(line)
	return line == "" || bylineLine(line) || words(line) < 2 && !strings.HasPrefix(line, "#") && moreText(after)
}

func words(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

func moreText(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}

// isHeadline: short, at least two words, and not ending as a sentence or
// a clause does.
func isHeadline(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return utf8.RuneCountInString(line) <= 150 && words(line) >= 2 && !strings.ContainsRune(".;,:", last)
}

// bylineWords are the words after a byline's comma ("Nora Quill, The
// Harbour Ledger"): an agency, a paper, a role.
var bylineWords = map[string]bool{
	"press": true, "presse": true, "associated": true, "reuters": true, "afp": true, "agence": true,
	"news": true, "staff": true, "writer": true, "reporter": true, "correspondent": true,
	"correspondant": true, "correspondante": true, "journaliste": true, "rédaction": true,
	"editor": true, "bloomberg": true, "times": true, "post": true, "ledger": true, "herald": true,
	"gazette": true, "tribune": true, "journal": true, "courrier": true, "canadienne": true,
}

// bylineLine reports a line that heads an article without being its title:
// the writer ("By …", "Par …", or a short "Name Surname, Outlet" whose outlet
// part has an agency or newsroom word) or a section label in capitals.
func bylineLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 9 {
		return false
	}
	if first := strings.ToLower(f[0]); (first == "by" || first == "par" || first == "byline:") && len(f) <= 6 && capitalised(f[1:]) {
		return true
	}
	if len(f) <= 3 && line == strings.ToUpper(line) && line != strings.ToLower(line) {
		return true // a section's label in capitals: "IN BRIEF", "EXCLUSIVE"
	}
	name, outlet, ok := strings.Cut(line, ", ")
	if !ok || words(name) < 2 || words(name) > 7 || !capitalised(strings.Fields(name)) {
		return false
	}
	for _, w := range strings.Fields(outlet) {
		if bylineWords[strings.ToLower(strings.Trim(w, ".,;()"))] {
			return true
		}
	}
	return false
}

// capitalised: every word starts with a capital, or is a name's particle.
func capitalised(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !particles[strings.ToLower(w)] && !particlePrefix(w) {
			return false
		}
	}
	return len(ws) > 0
}

var particles = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "van": true,
	"von": true, "der": true, "bin": true, "ben": true, "da": true, "di": true, "d'": true, "and": true, "et": true}

// particlePrefix: "al-Kazemi", "d'Arcy", "el-Sayed", "ibn-…".
func particlePrefix(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ibn-", "d'", "d’", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// dashes separate a dateline from the lede.
var dashes = []string{" — ", " – ", " -- ", " - "}

// stripDateline drops a leading dateline: a place in capitals ("SALTMERE,
// Ont. — ", "NEW YORK -- ") or a place with an agency in brackets
// ("Sainte-Aulne (AFP) - ").
func stripDateline(s string) string {
	at := -1
	for _, d := range dashes {
		if i := strings.Index(s, d); i > 0 && i <= 48 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return s
	}
	place := s[:at]
	agency := false
	if open := strings.IndexByte(place, '('); open >= 0 && strings.HasSuffix(place, ")") {
		place, agency = strings.TrimSpace(place[:open]), true
	}
	f := strings.Fields(strings.ReplaceAll(place, ",", " "))
	if len(f) == 0 || len(f) > 5 || !capitalised(f) {
		return s
	}
	if !agency && (f[0] != strings.ToUpper(f[0]) || utf8.RuneCountInString(f[0]) < 2) {
		return s
	}
	for _, d := range dashes {
		if strings.HasPrefix(s[at:], d) {
			return s[at+len(d):]
		}
	}
	return s
}

// abbreviations end in a period that does not end a sentence.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "pr": true, "st": true, "ste": true, "jr": true, "sr": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "lt": true, "capt": true, "sgt": true, "prof": true, "inc": true,
	"corp": true, "ltd": true, "vol": true, "vs": true, "ont": true, "calif": true, "n.y": true,
	"d.c": true, "u.s": true, "u.k": true,
}

// firstSentence splits s after its first sentence: a ".", "!", "?" or "…"
// followed by a space and a capital, a digit or an opening quote, and not
// closing an abbreviation or an initial ("M. Konovalov", "Ont.", "J. R.").
func firstSentence(s string) (string, string) {
	for i, r := range s {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		end := i + utf8.RuneLen(r)
		next := strings.TrimLeft(s[end:], " ")
		if len(next) == len(s[end:]) || next == "" {
			continue // no space after: "3.5", "U.S.", or the end
		}
		n, _ := utf8.DecodeRuneInString(next)
		if !unicode.IsUpper(n) && !unicode.IsDigit(n) && !strings.ContainsRune("«“\"‘'", n) {
			continue
		}
		if r == '.' {
			word := s[:i]
			if j := strings.LastIndexAny(word, " («“\""); j >= 0 {
				word = word[j+1:]
			}
			if w, _ := utf8.DecodeRuneInString(word); utf8.RuneCountInString(word) == 1 && unicode.IsLetter(w) || abbreviations[strings.ToLower(word)] {
				continue
			}
		}
		return strings.TrimSpace(s[:end]), next
	}
	return strings.TrimSpace(s), ""
}

// introWords open a lede on its circumstances rather than its subject.
var introWords = map[string]bool{
	"lors": true, "après": true, "apres": true, "avant": true, "pendant": true, "selon": true,
	"dans": true, "depuis": true, "durant": true, "face": true, "suite": true, "à": true, "au": true,
	"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "following": true,
	"amid": true, "speaking": true, "despite": true, "since": true, "while": true,
}

// predicateWords start the predicate of a lede's main clause: auxiliaries
// and the few verbs news ledes turn on.
var predicateWords = map[string]bool{
	"a": true, "ont": true, "est": true, "sont": true, "avait": true, "avaient": true, "était": true,
	"sera": true, "va": true, "vont": true, "doit": true, "veut": true, "annonce": true, "affirme": true,
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "will": true,
	"said": true, "says": true, "told": true, "announced": true, "urged": true, "called": true,
}

// ledeSubject reads "Lors d'une entrevue avec X, Y, le ministre, Name, a
// invité …" as its main clause, "Name a invité …": a sentence opening on
// its circumstances whose comma-separated parts end in a name followed by
// the predicate. Anything else gives "" (the sentence stays whole).
func ledeSubject(sent string) string {
	parts := strings.Split(sent, ", ")
	if len(parts) < 3 {
		return ""
	}
	f := strings.Fields(parts[0])
	if len(f) == 0 || !introWords[strings.ToLower(f[0])] {
		return ""
	}
	for i := 2; i < len(parts); i++ {
		pf := strings.Fields(parts[i])
		if len(pf) < 2 || !predicateWords[pf[0]] {
			continue
		}
		name := strings.Fields(parts[i-1])
		if len(name) < 2 || len(name) > 5 || !capitalised(name) {
			return ""
		}
		return parts[i-1] + " " + strings.Join(parts[i:], ", ")
	}
	return ""
}
