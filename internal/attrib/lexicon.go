package attrib

import (
	"bufio"
	"crypto/sha256"
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/text"
)

//go:embed lexicon/*.txt
var lexFS embed.FS

// verbInfo describes one surface form of a speech verb.
type verbInfo struct {
	Lemma    string
	Indirect bool // introduces reported speech ("said that", "estime que")
	PP       bool // a past participle: needs an auxiliary before it
	Pron     bool // pronominal: needs "se"/"s'" before it
}

// lexicon is the language data, loaded once from the embedded files.
type lexicon struct {
	verbs   map[string]map[string]*verbInfo // lang → folded form → info
	classes map[string]map[string]bool      // [class] → folded words
	words   *wordTable                      // folded word → its classes, as cls bits
	outlets map[string]string               // folded alias → canonical name
	// outletFirst holds each alias's first word, so a scan tries the
	// gazetteer only at tokens that may start an outlet's name (the
	// xOutletFirst class).
	outletFirst map[string]bool
	outletMax   int
	frames      frames // attribution frames by first word (frames.go)
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func getLexicon() *lexicon {
	lexOnce.Do(func() {
		l, err := loadLexicon()
		if err != nil {
			// The files are embedded and covered by tests: a failure here is a
			// build defect, not a run-time condition.
			panic(err)
		}
		lex = l
	})
	return lex
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{
		verbs:       map[string]map[string]*verbInfo{"fr": {}, "fr-pron": {}, "en": {}},
		classes:     map[string]map[string]bool{},
		outlets:     map[string]string{},
		outletFirst: map[string]bool{},
	}
	if err := eachLine("lexicon/verbs_fr.txt", l.addFrenchVerb); err != nil {
		return nil, err
	}
	if err := eachLine("lexicon/verbs_en.txt", l.addEnglishVerb); err != nil {
		return nil, err
	}
	class := ""
	err := eachLine("lexicon/words.txt", func(line string) error {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			class = line[1 : len(line)-1]
			l.classes[class] = map[string]bool{}
			return nil
		}
		if class == "" {
			return fmt.Errorf("word %q before any [class]", line)
		}
		for _, w := range strings.Fields(line) {
			l.classes[class][text.Fold(w)] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("lexicon/given_names.txt", func(line string) error {
		if strings.HasPrefix(line, "[") {
			class = "given-" + strings.Trim(line, "[]")
			l.classes[class] = map[string]bool{}
			return nil
		}
		for _, w := range strings.Fields(line) {
			l.classes[class][text.Fold(w)] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("lexicon/outlets.txt", func(line string) error {
		names := strings.Split(line, "|")
		canon := strings.TrimSpace(names[0])
		for _, n := range names {
			key := outletKey(strings.TrimSpace(n))
			l.outlets[key] = canon
			f := strings.Fields(key)
			l.outletFirst[f[0]] = true
			l.outletMax = max(l.outletMax, len(f))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if l.frames, err = loadFrames(); err != nil {
		return nil, err
	}
	l.buildWords()
	return l, nil
}

func eachLine(name string, fn func(string) error) error {
	f, err := lexFS.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func splitFlags(line string) (string, bool) {
	body, flags, _ := strings.Cut(line, "|")
	return strings.TrimSpace(body), strings.Contains(flags, "indirect")
}

func (l *lexicon) addFrenchVerb(line string) error {
	body, indirect := splitFlags(line)
	pron := false
	switch {
	case strings.HasPrefix(body, "se "):
		pron, body = true, body[3:]
	case strings.HasPrefix(body, "s'"):
		pron, body = true, body[2:]
	}
	inf, forms, irregular := strings.Cut(body, ":")
	inf = strings.TrimSpace(inf)
	table := l.verbs["fr"]
	if pron {
		table = l.verbs["fr-pron"]
	}
	add := func(form string, pp bool) {
		table[text.Fold(form)] = &verbInfo{Lemma: inf, Indirect: indirect, PP: pp, Pron: pron}
	}
	var finite []string
	var pp []string
	switch {
	case irregular:
		fs := strings.Fields(forms)
		if len(fs) == 0 {
			return fmt.Errorf("%s: no forms after ':'", inf)
		}
		// The last form listed is the past participle unless it is also a
		// present (dit, écrit), which then serves as both.
		finite = fs
		pp = append(pp, fs[len(fs)-1])
		if strings.HasSuffix(inf, "re") && !strings.HasSuffix(inf, "ire") {
			finite = append(finite, strings.TrimSuffix(inf, "re")+"ant")
		}
	case strings.HasSuffix(inf, "er"):
		st := strings.TrimSuffix(inf, "er")
		soft := st // before a and o: lança, interrogea
		switch {
		case strings.HasSuffix(st, "c"):
			soft = strings.TrimSuffix(st, "c") + "ç"
		case strings.HasSuffix(st, "g"):
			soft = st + "e"
		}
		finite = []string{st + "e", st + "ent", soft + "ait", soft + "aient", soft + "a", st + "èrent",
			inf + "a", inf + "ont", inf + "ait", inf + "aient", soft + "ant"}
		pp = []string{st + "é"}
	case strings.HasSuffix(inf, "ir"):
		st := strings.TrimSuffix(inf, "ir")
		finite = []string{st + "it", st + "issent", st + "issait", st + "issaient", inf + "a", inf + "ait", st + "issant"}
		pp = []string{st + "i"}
	default:
		return fmt.Errorf("%s: irregular verb needs its forms after ':'", inf)
	}
	for _, f := range finite {
		add(f, false)
	}
	for _, p := range pp {
		for _, suf := range []string{"", "e", "s", "es"} {
			if _, ok := table[text.Fold(p+suf)]; !ok {
				add(p+suf, true)
			}
		}
	}
	return nil
}

func (l *lexicon) addEnglishVerb(line string) error {
	body, indirect := splitFlags(line)
	fs := strings.Fields(body)
	if len(fs) < 2 {
		return fmt.Errorf("%q: list every form of the verb", body)
	}
	for _, f := range fs {
		l.verbs["en"][text.Fold(f)] = &verbInfo{Lemma: fs[0], Indirect: indirect}
	}
	return nil
}

// Word classes as bits, so a token's classes are looked up once. The low
// 32 bits are classes of the word without a possessive ending ("Marta's"
// is a given name); the high ones, and the language words, are those of
// the token's own folded form (see newDoc).
const (
	cHonorific uint64 = 1 << iota
	cFemaleHon
	cMaleHon
	cFunction
	cOrg
	cRole
	cRoleTitle
	cGivenM
	cGivenF
	cPlace
	cGivenU
	cPress
	cLangFr      // a French function word counted by detectLang
	cLangEn      // an English one
	xOutletFirst // the first word of a gazetteer outlet's name or alias
	cPerson12    // a first- or second-person word: the words of someone speaking
	cClitic      // an object or reflexive pronoun standing before its verb
)

const (
	xFrAux uint64 = 1 << (32 + iota)
	xEnAux
	xFrAdverb
	xAbbrev
	xParticle
	xSurnameLike
	xTimeWord
	xLinkWord
	xDocNoun
	xOrgNoun
	xReportForm
	xEmployer
	xVerbFr     // a form in the French verb table
	xVerbFrPron // a form in the French pronominal verb table
	xVerbEn     // a form in the English verb table
	xSourceCue  // a word a cited source may follow (see findSources)
	xFrame      // the first word of an attribution frame (frames.go)
)

// exactBits are the classes a token takes from its own folded form.
const exactBits = cLangFr | cLangEn | 0xffffffff00000000

// cGiven is any given name, whatever its gender.
const cGiven = cGivenM | cGivenF | cGivenU

var classBits = map[string]uint64{
	"honorific": cHonorific, "female-honorific": cFemaleHon, "male-honorific": cMaleHon,
	"function": cFunction, "org": cOrg, "role": cRole, "role-title": cRoleTitle,
	"given-m": cGivenM, "given-f": cGivenF, "place": cPlace, "given-u": cGivenU, "press": cPress,
	"person-12": cPerson12, "clitic": cClitic,
}

// is reports whether folded is in one of the classes c: one probe.
func (l *lexicon) is(folded string, c uint64) bool { return l.words.class(folded)&c != 0 }

// buildWords gathers every word list the rules test tokens against into
// the one table the tokenizer probes.
func (l *lexicon) buildWords() {
	bits := map[string]uint64{}
	for _, set := range []struct {
		words map[string]bool
		bit   uint64
	}{
		{frWords, cLangFr}, {enWords, cLangEn}, {l.outletFirst, xOutletFirst},
		{frAux, xFrAux}, {enAux, xEnAux}, {frAdverb, xFrAdverb}, {abbrev, xAbbrev},
		{nameParticles, xParticle}, {surnameLike, xSurnameLike}, {timeWords, xTimeWord},
		{linkWords, xLinkWord}, {documentNouns, xDocNoun}, {orgNouns, xOrgNoun},
		{reportForms, xReportForm | xSourceCue}, {employerWords, xEmployer}, {sourceCues, xSourceCue},
	} {
		for w := range set.words {
			bits[w] |= set.bit
		}
	}
	for w := range l.frames {
		bits[w] |= xFrame
	}
	for class, words := range l.classes {
		bit := classBits[class]
		for w := range words {
			bits[w] |= bit
		}
	}
	for table, bit := range map[string]uint64{"fr": xVerbFr, "fr-pron": xVerbFrPron, "en": xVerbEn} {
		for w := range l.verbs[table] {
			bits[w] |= bit
		}
	}
	l.words = newWordTable(bits)
}

// outletKey normalises an outlet name for lookup: folded, without a leading
// English article, with hyphens and dots as spaces and a space after each
// apostrophe. Only the English article is dropped: in "Le Monde" the French
// one is part of the name, and "Monde" alone names no outlet.
//
// Sources and the gazetteer ask it often, so it folds into stack buffers
// and allocates only when the key differs from s.
func outletKey(s string) string {
	var fb, ob [96]byte
	f := text.AppendFold(fb[:0], s)
	out := ob[:0]
	space := false
	for i := 0; i < len(f); {
		c := f[i]
		size := 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRune(f[i:])
			if unicode.IsSpace(r) {
				space, i = true, i+size
				continue
			}
		}
		switch c {
		case ' ', '\t', '\n', '\r', '\v', '\f', '-', '.':
			space = true
			i++
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, f[i:i+size]...)
		if c == '\'' {
			space = true
		}
		i += size
	}
	if len(out) > 4 && string(out[:4]) == "the " {
		out = out[4:]
	}
	if string(out) == s {
		return s
	}
	return string(out)
}

// rulesRevision changes whenever the engine's code changes what it extracts;
// the lexicon's own hash covers changes to the word lists.
// TestVersionFollowsBehaviour fails when the output moves without it.
const rulesRevision = 5

// Version identifies the extractor: articles stored by another version are
// re-extracted by "dixit reindex".
var Version = func() string {
	h := sha256.New()
	entries, _ := lexFS.ReadDir("lexicon")
	for _, e := range entries {
		b, _ := lexFS.ReadFile("lexicon/" + e.Name())
		h.Write(b)
	}
	return fmt.Sprintf("r%d-%x", rulesRevision, h.Sum(nil)[:4])
}()

// CanonicalOutlet returns the gazetteer's name for an outlet or one of its
// aliases ("WSJ" → "Wall Street Journal").
func CanonicalOutlet(name string) (string, bool) {
	canon, ok := getLexicon().outlets[outletKey(name)]
	return canon, ok
}
