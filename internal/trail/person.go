package trail

import (
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// SamePerson reports whether two speakers' names, as two articles credit
// them, may name one person across spellings and languages: "Vladimir
// Putin" and "Vladimir Poutine", "Piotr Tchaïkovski" and "Pyotr
// Tchaikovsky", or a name alone and a fuller form whose first or last word
// it is ("Marchetti" and "Odile Marchetti", "Xi" and "Xi Jinping"). Each
// word is reduced to a skeleton (Skeleton) that the usual transliterations
// of one name into French and English share. It knows no names: the
// aliases file, applied before names reach it, is where a user says that
// two names are one person, or (by giving each its own canonical form)
// that they are not.
func SamePerson(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == len(wb) {
		for i := range wa {
			if wa[i] != wb[i] && !initialOf(wa[i], wb[i]) {
				return false
			}
		}
		return true
	}
	if len(wa) == 1 {
		return wa[0] == wb[0] || wa[0] == wb[len(wb)-1]
	}
	// "Odile Marchetti" and "Odile M. Marchetti": the shorter's first and
	// last words are the longer's.
	return wa[0] == wb[0] && wa[len(wa)-1] == wb[len(wb)-1]
}

// initialOf reports an initial standing for a word: "v" and "vladimir".
func initialOf(a, b string) bool {
	return len(a) == 1 && strings.HasPrefix(b, a) || len(b) == 1 && strings.HasPrefix(a, b)
}

// nameWords are a name's words as skeletons, honorifics dropped.
func nameWords(name string) []string {
	f := strings.FieldsFunc(text.Fold(text.Name(name)), notWord)
	for len(f) > 1 && honorific[f[0]] {
		f = f[1:]
	}
	out := make([]string, 0, len(f))
	for _, w := range f {
		out = append(out, Skeleton(w))
	}
	return out
}

var honorific = map[string]bool{
	"m": true, "mme": true, "mlle": true, "me": true, "dr": true, "pr": true, "mr": true, "mrs": true,
	"ms": true, "president": true, "presidente": true, "minister": true, "ministre": true, "sir": true,
}

// skeletonRules rewrite spellings that French and English transliterations
// of one name differ by, longest first: French "ou" for English "u"
// (Poutine, Putin), "tch" and "ch" for "ch" and "sh" (Tchaïkovski,
// Chostakovitch), "ï"/"y"/"j" for "i" and "y" (Evgueni, Yevgeny), "ph"
// for "f", "kh" for "h", "w" for "v", "ck", "c", "q" for "k", "gu" before
// a vowel for "g", "dj" for "j", "ie" and "ye" for "e".
var skeletonRules = strings.NewReplacer(
	"tsch", "sh", "tch", "sh", "sch", "sh", "ch", "sh",
	"ou", "u", "oo", "u", "ph", "f", "kh", "h", "ck", "k", "dzh", "i", "dj", "i",
	"gue", "ge", "gui", "gi", "qu", "k", "ie", "e", "ye", "e", "yu", "iu", "ya", "ia",
	"w", "v", "c", "k", "q", "k", "y", "i", "j", "i", "z", "s", "x", "ks",
)

// Skeleton is a folded name word reduced to what its spellings across
// French and English share: rewritten by skeletonRules, a final silent
// "e" dropped, doubled letters kept once, and "ev"/"ov"/"ef"/"off" endings
// alike (Gorbatchev, Gorbachev; Smirnoff, Smirnov).
func Skeleton(w string) string {
	w = skeletonRules.Replace(w)
	if len(w) > 3 {
		w = strings.TrimSuffix(w, "e")
	}
	var b strings.Builder
	var last byte
	for i := 0; i < len(w); i++ {
		if w[i] != last {
			b.WriteByte(w[i])
		}
		last = w[i]
	}
	s := b.String()
	for _, end := range [][2]string{{"of", "ov"}, {"ef", "ev"}} {
		if strings.HasSuffix(s, end[0]) && len(s) > 4 {
			s = strings.TrimSuffix(s, end[0]) + end[1]
		}
	}
	return s
}

// NameSkeletonWords are a name's words as SamePerson compares them.
func NameSkeletonWords(name string) []string { return nameWords(name) }

// NameSkeleton is the key two spellings of one full name share: the
// skeletons of its words, honorifics dropped; "" for a name of fewer than
// two words, which may be anyone's surname.
func NameSkeleton(name string) string {
	w := nameWords(name)
	if len(w) < 2 {
		return ""
	}
	return strings.Join(w, " ")
}
