package attrib

import (
	"fmt"
	"io/fs"
	"math/bits"
	"strings"
	"testing"
	"testing/fstest"
)

// lexCopy returns the embedded lexicon as an in-memory file system, with
// edit applied to the named file's text.
func lexCopy(t *testing.T, name string, edit func(string) string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(lexFS, "lexicon", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(lexFS, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if name != "" {
		f, ok := m[name]
		if !ok {
			t.Fatalf("no file %s", name)
		}
		s := edit(string(f.Data))
		if s == string(f.Data) {
			t.Fatalf("the edit left %s as it was", name)
		}
		f.Data = []byte(s)
	}
	return m
}

// TestLexiconClassesMatchRules holds the class files and the registry the
// rules read (lexClasses) to each other: a class the rules do not know, one
// they read but no file defines, a header without its match, a repeated
// class and an unfolded word all stop the loader with a message naming
// the file, the line and the class.
func TestLexiconClassesMatchRules(t *testing.T) {
	if _, err := loadLexicon(lexCopy(t, "", nil)); err != nil {
		t.Fatalf("the embedded lexicon does not load: %v", err)
	}
	replace := func(old, new string) func(string) string {
		return func(s string) string { return strings.Replace(s, old, new, 1) }
	}
	for _, c := range []struct {
		name, file string
		edit       func(string) string
		want       []string
	}{
		{"renamed class", "lexicon/words.txt", replace("[place possessive]", "[places possessive]"),
			[]string{"lexicon/words.txt:", "[places]", "no rule reads"}},
		{"unknown class", "lexicon/cues.txt", func(s string) string { return s + "\n[weekday exact]\nlundi mardi\n" },
			[]string{"lexicon/cues.txt:", "[weekday]", "no rule reads"}},
		{"repeated class", "lexicon/cues.txt", replace("[source-cue exact]\n", "[report-form exact]\n"),
			[]string{"[report-form]", "already defined at lexicon/cues.txt:"}},
		{"class dropped", "lexicon/cues.txt", func(s string) string { return s[:strings.Index(s, "[source-cue exact]")] },
			[]string{"[source-cue]", "no file"}},
		{"header without its match", "lexicon/given_names.txt", replace("[given-u possessive]", "[given-u]"),
			[]string{"lexicon/given_names.txt:", "[given-u exact] or [given-u possessive]"}},
		{"unknown match", "lexicon/words.txt", replace("[role possessive]", "[role folded]"),
			[]string{"lexicon/words.txt:", "[role exact] or [role possessive]"}},
		{"unfolded word", "lexicon/cues.txt", replace("\nselon according", "\nselon According"),
			[]string{"lexicon/cues.txt:", "[source-cue]", `"According"`, `write "according"`}},
		{"accented word", "lexicon/words.txt", replace(" maitre ", " maître "),
			[]string{"lexicon/words.txt:", "[honorific]", `write "maitre"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadLexicon(lexCopy(t, c.file, c.edit))
			wantErr(t, err, c.want)
		})
	}
	// A new file under lexicon/ is a class file too: its classes are held
	// to the registry like the others.
	fsys := lexCopy(t, "", nil)
	fsys["lexicon/weekdays.txt"] = &fstest.MapFile{Data: []byte("# days\n[weekday exact]\nlundi\n")}
	_, err := loadLexicon(fsys)
	wantErr(t, err, []string{"lexicon/weekdays.txt:2:", "[weekday]", "no rule reads"})
}

func wantErr(t *testing.T, err error, want []string) {
	t.Helper()
	if err == nil {
		t.Fatal("the lexicon loaded")
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not say %q", err, w)
		}
	}
}

// TestLexiconExactClasses checks that the headers, not the bit positions,
// say which classes a possessive token takes from its own form.
func TestLexiconExactClasses(t *testing.T) {
	l := getLexicon()
	for _, c := range []struct {
		bit   uint64
		exact bool
	}{
		{cGivenM, false}, {cHonorific, false}, {cFunction, false}, {xOutletFirst, false}, {xEmployer, false},
		{cLangFr, true}, {xFrAux, true}, {xPronM, true}, {xVerbEn, true}, {xSourceCue, true},
	} {
		if got := l.exact&c.bit != 0; got != c.exact {
			t.Errorf("class %#x: exact %v, want %v", c.bit, got, c.exact)
		}
	}
	fsys := lexCopy(t, "lexicon/cues.txt", func(s string) string {
		return strings.Replace(s, "[employer possessive]", "[employer exact]", 1)
	})
	l2, err := loadLexicon(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if l2.exact&xEmployer == 0 || l.exact&xEmployer != 0 {
		t.Error("the [employer] header does not say how the class matches")
	}
}

// TestPronounClasses checks that the gender of a subject pronoun comes from
// the [pronoun-*] classes.
func TestPronounClasses(t *testing.T) {
	class := getLexicon().words.class
	for w, want := range map[string]string{"il": "m", "he": "m", "elle": "f", "she": "f", "ils": "p", "elles": "p", "they": "p", "on": "p", "it": "p", "lui": "", "marta": ""} {
		g, ok := pronounOf(class(w))
		if g != want || ok != (want != "") {
			t.Errorf("%q: pronoun %q %v, want %q", w, g, ok, want)
		}
	}
}

// TestLexiconWordsAsTokenized holds every word of the class files, and every
// form of the verb tables, to the token the tokenizer makes of it: a word
// that folds differently, or that the tokenizer splits ("d'ailleurs" reads
// as "d'" and "ailleurs"), would be in the table and never match. An
// elided word ("l'", "qu'") is a token only before the word it is glued to,
// so it is tried that way. The gazetteer is left out: its names span
// several tokens and are matched by outletKey, which TestOutletKeyMatchesPlain
// covers, and its canonical names are display forms.
func TestLexiconWordsAsTokenized(t *testing.T) {
	check := func(where, w string) {
		s := w
		if strings.HasSuffix(w, "'") {
			s = w + "amis"
		}
		d := newDoc(s, Options{})
		defer d.release()
		var lows []string
		for _, tk := range d.toks {
			lows = append(lows, tk.Low)
		}
		if len(d.toks) == 0 || d.toks[0].Kind != tWord || d.toks[0].Low != w || len(d.toks) != 1 && s == w {
			t.Errorf("%s: %q is tokenized as %q", where, w, lows)
		}
	}
	names, err := fs.Glob(lexFS, "lexicon/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if !classFile(name) {
			continue
		}
		class := ""
		err := eachLine(lexFS, name, func(line string, n int) error {
			if strings.HasPrefix(line, "[") {
				class = line
				return nil
			}
			for _, w := range strings.Fields(line) {
				check(fmt.Sprintf("%s:%d %s", name, n, class), w)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for table, forms := range getLexicon().verbs {
		for w := range forms {
			check("verbs "+table, w)
		}
	}
}

// TestOutletCaseFromGazetteer checks that which outlet names may start in
// lower case is read from how the gazetteer writes them.
func TestOutletCaseFromGazetteer(t *testing.T) {
	class := getLexicon().words.class
	for w, uncased := range map[string]bool{"dpa": true, "20": true, "afp": false, "guardian": false, "associated": false, "l'": false} {
		c := class(w)
		if c&xOutletFirst == 0 {
			t.Errorf("%q does not start an outlet", w)
		}
		if got := c&xOutletUncased != 0; got != uncased {
			t.Errorf("%q: may start an outlet in lower case %v, want %v", w, got, uncased)
		}
	}
	fsys := lexCopy(t, "lexicon/outlets.txt", func(s string) string { return s + "\nthe lantern | Lantern Daily\n" })
	l, err := loadLexicon(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if l.words.class("lantern")&xOutletUncased == 0 {
		t.Error(`"the lantern" in the gazetteer: "lantern" may not start an outlet in lower case`)
	}
}

// TestLexiconRegistryBits checks that each class of the registry, and each
// class the loader derives, has a bit of its own: two classes sharing one
// would read as each other. Only a report form is meant to be a source cue
// as well.
func TestLexiconRegistryBits(t *testing.T) {
	owner := map[uint64]string{}
	claim := func(name string, bit uint64) {
		if bits.OnesCount64(bit) != 1 {
			t.Errorf("class %s: bits %#x, want one", name, bit)
		}
		if prev, ok := owner[bit]; ok {
			t.Errorf("classes %s and %s share bit %#x", prev, name, bit)
		}
		owner[bit] = name
	}
	for name, bit := range lexClasses {
		switch name {
		case "report-form":
			bit &^= xSourceCue
		case "given-u":
			// A name given to both is both genders' name: no bit of its own.
			if bit != cGivenM|cGivenF {
				t.Errorf("class given-u: bits %#x, want given-m's and given-f's", bit)
			}
			continue
		}
		claim(name, bit)
	}
	for _, bit := range []uint64{xOutletFirst, xOutletUncased, xVerbFr, xVerbFrPron, xVerbEn} {
		claim(fmt.Sprintf("derived %#x", bit), bit)
	}
}

// TestCommonWords checks the lookup of the generated common words: a
// word the lists know only in lower case, in its language, not a name
// they capitalise, a given name or a word they lack.
func TestCommonWords(t *testing.T) {
	l := getLexicon()
	for w, want := range map[string]bool{"en story": true, "en likewise": true, "fr diable": true, "fr rouge": true, "en rouge": true,
		"en diable": false, "fr hua": true, "en hua": false, "en smith": false, "fr rose": false, "en marie": false, "en kelder": false, "en ": false, "fr zzzzzz": false} {
		lang, word, _ := strings.Cut(w, " ")
		if got := l.isCommon(lang, word); got != want {
			t.Errorf("isCommon(%q, %q) = %v, want %v", lang, word, got, want)
		}
	}
	for lang, list := range l.common {
		lines := strings.Split(strings.TrimSuffix(list.text, "\n"), "\n")
		if len(lines) != len(list.starts) {
			t.Errorf("%s: %d lines, %d starts", lang, len(lines), len(list.starts))
		}
		if first, last := lines[0], lines[len(lines)-1]; !l.isCommon(lang, first) || !l.isCommon(lang, last) {
			t.Errorf("%s: the first or last word (%q, %q) is not found", lang, first, last)
		}
	}
}
