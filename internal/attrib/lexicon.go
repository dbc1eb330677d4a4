package attrib

import (
	"bufio"
	"crypto/sha256"
	"embed"
	"fmt"
	"io"
	"io/fs"
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
	verbs map[string]map[string]*verbInfo // lang → folded form → info
	words *wordTable                      // folded word → its classes, as cls bits
	// exact holds the classes a token takes from its own folded form; it
	// takes the others from the form without a possessive ending. Each
	// class's header in the files says which (see words.txt).
	exact   uint64
	outlets map[string]string // folded alias → canonical name
	// outletFirst holds each alias's first word, so a scan tries the
	// gazetteer only at tokens that may start an outlet's name (the
	// xOutletFirst class). The value tells whether the gazetteer ever
	// writes the word without a capital ("dpa", "20 Minutes"): such a word
	// may start an outlet in lower case too (xOutletUncased).
	outletFirst map[string]bool
	outletMax   int
	frames      frames // attribution frames by first word (frames.go)
	// common holds common_en.txt and common_fr.txt past their comments,
	// by language: folded words, one a line in byte order (see commonWord).
	common map[string]*wordList
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func getLexicon() *lexicon {
	lexOnce.Do(func() {
		l, err := loadLexicon(lexFS)
		if err != nil {
			// The files are embedded and covered by tests: a failure here is a
			// build defect, not a run-time condition.
			panic(err)
		}
		lex = l
	})
	return lex
}

// loadLexicon reads the lexicon files under lexicon/ in fsys: the embedded
// ones, or in tests a modified copy.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	l := &lexicon{
		verbs:       map[string]map[string]*verbInfo{"fr": {}, "fr-pron": {}, "fr-inf": {}, "en": {}},
		outlets:     map[string]string{},
		outletFirst: map[string]bool{},
	}
	bits := map[string]uint64{}
	var common [2]wordList
	// The files are read side by side, each into its own part of l: the
	// load is most of what a short extract waits for before its first
	// article, on one core while the others had nothing to do.
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i, load := range []func() error{
		func() error { return l.loadVerbsAndOutlets(fsys) },
		func() (err error) { l.exact, err = loadClasses(fsys, bits); return err },
		func() (err error) { l.frames, err = loadFrames(fsys); return err },
		func() (err error) { common[0], err = loadCommon(fsys, "lexicon/common_en.txt"); return err },
		func() (err error) { common[1], err = loadCommon(fsys, "lexicon/common_fr.txt"); return err },
	} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = load()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first file's, as when they were read in turn
		}
	}
	l.common = map[string]*wordList{"en": &common[0], "fr": &common[1]}
	for w := range l.frames {
		bits[w] |= xFrame
	}
	l.buildWords(bits)
	return l, nil
}

// loadVerbsAndOutlets reads the speech verbs and the outlets' gazetteer.
func (l *lexicon) loadVerbsAndOutlets(fsys fs.FS) error {
	if err := eachLine(fsys, "lexicon/verbs_fr.txt", lineOnly(l.addFrenchVerb)); err != nil {
		return err
	}
	if err := eachLine(fsys, "lexicon/verbs_en.txt", lineOnly(l.addEnglishVerb)); err != nil {
		return err
	}
	return eachLine(fsys, "lexicon/outlets.txt", lineOnly(func(line string) error {
		names := strings.Split(line, "|")
		canon := strings.TrimSpace(names[0])
		for _, n := range names {
			key := outletKey(strings.TrimSpace(n))
			l.outlets[key] = canon
			f := strings.Fields(key)
			l.outletFirst[f[0]] = l.outletFirst[f[0]] || !writtenCapitalised(n)
			l.outletMax = max(l.outletMax, len(f))
		}
		return nil
	}))
}

// eachLine calls fn with each line of a file that is neither blank nor a
// comment, and its number.
func eachLine(fsys fs.FS, name string, fn func(line string, n int) error) error {
	f, err := fsys.Open(name)
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
		if err := fn(line, n); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func lineOnly(fn func(string) error) func(string, int) error {
	return func(line string, _ int) error { return fn(line) }
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
	if !pron {
		// "a tenu à rappeler que", "avant d'ajouter" (see matchVerb).
		l.verbs["fr-inf"][text.Fold(inf)] = &verbInfo{Lemma: inf, Indirect: indirect}
	}
	var finite []string
	var pp []string
	switch {
	case irregular:
		fs := strings.Fields(forms)
		if len(fs) == 0 {
			return fmt.Errorf("%s: no forms after ':'", inf)
		}
		// The last form listed is the past participle; when it is also the
		// present, the first form (dit, écrit), it serves as both.
		finite = fs
		if last := fs[len(fs)-1]; len(fs) > 1 && last != fs[0] {
			finite = fs[:len(fs)-1]
		}
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

// Word classes as bits, so a token's classes are looked up once. Which bit
// a class of the files gets is said by the registry (lexClasses); whether a
// token takes it from its own folded form or from the form without a
// possessive ending ("Marta's" is a given name) by the class's header
// (lexicon.exact).
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
	xPassive // "was", "been": a passive auxiliary (English)
	cPress
	cLangFr        // a French function word counted by detectLang
	cLangEn        // an English one
	xOutletFirst   // the first word of a gazetteer outlet's name or alias
	xOutletUncased // one the gazetteer writes without a capital
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
	xPronM      // a subject pronoun of a man
	xPronF      // of a woman
	xPronP      // of no one gender: plural, first person, "on", "it"
	xArticle
	xDeterminer
	xPreposition
	xFrame     // the first word of an attribution frame (frames.go)
	xThat      // a complementiser opening reported speech
	xAuPrep    // "appeler à": what was called for follows
	xPartitive // "du", "de": a speaker's affiliation may follow
	xLinkLabel // "READ MORE:": a paragraph that links to another story
	xVerbFrInf // the infinitive of a French verb of saying
	xInfMark   // "à", "de", "to": an infinitive may follow
	xRelative  // "qui", "who": stands for the name before it
	xPressNoun // "le quotidien", "the journal": an outlet's name follows
	xPlaceName // a country, region or city (places.txt, generated)
)

// verbStart are the classes of a token a speech verb may start at: the
// gate of doc.verbAt, set on each token by the tokenizer.
const verbStart = xVerbFr | xVerbFrPron | xVerbEn | xFrAux | xVerbFrInf

// The word lists of one or two rules each. They sit in the low block,
// which had room: a class's header, not its bit's position, says how it
// matches.
const (
	xConnective uint64 = 1 << (16 + iota)
	xSceneWord
	xGroupNoun
	xClauseWord
	xRoleEnd
	xRoleFiller
	xListWord
	xViaWord
	xSourceEnd
	xNotSource
	xDefinite
	cPerson12 // a first- or second-person word: the words of someone speaking
	cClitic   // an object or reflexive pronoun standing before its verb
	xObjPronM // an object pronoun of a man
	xObjPronF // of a woman
	xObjPronP // of no one gender
)

// cGiven is any given name, whatever its gender; one given to both men
// and women has both bits.
const cGiven = cGivenM | cGivenF

// is reports whether folded is in one of the classes c: one probe.
func (l *lexicon) is(folded string, c uint64) bool { return l.words.class(folded)&c != 0 }

// buildWords gathers every word list the rules test tokens against into
// the one table the tokenizer probes: bits holds the class files' words.
func (l *lexicon) buildWords(bits map[string]uint64) {
	for w, uncased := range l.outletFirst {
		bits[w] |= xOutletFirst
		if uncased {
			bits[w] |= xOutletUncased
		}
	}
	for table, bit := range map[string]uint64{"fr": xVerbFr, "fr-pron": xVerbFrPron, "fr-inf": xVerbFrInf, "en": xVerbEn} {
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

// writtenCapitalised reports whether an outlet's name, as the gazetteer
// writes it, starts with a capital letter; a leading English article does
// not count, as outletKey drops it.
func writtenCapitalised(name string) bool {
	f := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '.' })
	if len(f) > 1 && text.Fold(f[0]) == "the" {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return unicode.IsUpper(r)
}

// rulesRevision changes whenever the engine's code changes what it extracts;
// the lexicon's own hash covers changes to the word lists.
// TestVersionFollowsBehaviour fails when the output moves without it.
const rulesRevision = 107

// Version identifies the extractor: articles stored by another version are
// re-extracted by "dixit reindex".
var Version = func() string {
	// Every command and the reader compute it at start: the files stream
	// through the hash rather than being copied whole (2.8 MB).
	h := sha256.New()
	buf := make([]byte, 64<<10)
	entries, _ := lexFS.ReadDir("lexicon")
	for _, e := range entries {
		if f, err := lexFS.Open("lexicon/" + e.Name()); err == nil {
			_, _ = io.CopyBuffer(h, f, buf)
			f.Close()
		}
	}
	return fmt.Sprintf("r%d-%x", rulesRevision, h.Sum(nil)[:4])
}()

// CanonicalOutlet returns the gazetteer's name for an outlet or one of its
// aliases ("WSJ" → "Wall Street Journal").
func CanonicalOutlet(name string) (string, bool) {
	canon, ok := getLexicon().outlets[outletKey(name)]
	return canon, ok
}
