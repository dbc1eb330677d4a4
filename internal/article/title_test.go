package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Fictional articles: every person, place and outlet is invented.
func TestTitleOf(t *testing.T) {
	long := "Lors d’une visite mardi au chantier naval de Kelderport avec le maire, Hollis Brandt, la ministre des Transports, Odile Varenne, a promis trois nouveaux ferries pour la ligne des îles avant l’hiver prochain."
	for _, tt := range []struct {
		name, body, want string
	}{
		{"headline", "Saltmere ferry fares frozen for a year\n\nThe Saltmere ferry company will not raise its fares this year, its director said.\n",
			"Saltmere ferry fares frozen for a year"},
		{"byline first", "Nora Quill, The Harbour Ledger\n\nSALTMERE -- Fishermen blocked the harbour mouth on Monday. They want the quotas reviewed.\n",
			"Fishermen blocked the harbour mouth on Monday"},
		{"agency byline then headline", "\n\nAmelia Strand and Tobias Renn, The Northern Press Agency\n\n\nDock workers end their strike at Kelderport\n\nThe strike is over.\n",
			"Dock workers end their strike at Kelderport"},
		{"by line", "By Colm Fairley\nRiverton council approves a new bridge\nThe vote was close.\n",
			"Riverton council approves a new bridge"},
		{"dateline with a region's abbreviation", "SALTMERE, Ont. — Mayor Hollis Brandt says the ferry will run all winter. He told councillors on Tuesday.\n",
			"Mayor Hollis Brandt says the ferry will run all winter"},
		{"dateline with an agency", "Sainte-Aulne (AFP) - Le préfet Anselme Garrigue a levé jeudi les restrictions d’eau. Les agriculteurs saluent la décision.\n",
			"Le préfet Anselme Garrigue a levé jeudi les restrictions d’eau"},
		{"one-word first line", "Enfin\n\nLa piscine de Valbois a rouvert ses portes samedi après quatorze mois de travaux.\n",
			"La piscine de Valbois a rouvert ses portes samedi après quatorze mois de travaux"},
		{"one-word exclamation", "Enfin ! C’est avec soulagement que les habitants de Brumeval ont vu rouvrir la route du col. Elle était fermée depuis mars.\n",
			"C’est avec soulagement que les habitants de Brumeval ont vu rouvrir la route du col"},
		{"section label", "IN BRIEF\nHarbour dues to rise by a fifth\nThe council voted on Monday.\n",
			"Harbour dues to rise by a fifth"},
		{"no headline, initials and honorifics", "M. Konstantin Orlev, directeur du port, a annoncé lundi 3 mars la fin des travaux. Les quais rouvrent.\n",
			"M. Konstantin Orlev, directeur du port, a annoncé lundi 3 mars la fin des travaux"},
		{"a number ends a sentence", "Le club est deuxième, avec 6 points, derrière Valbois qui en compte 7. La finale aura lieu dimanche.\n",
			"Le club est deuxième, avec 6 points, derrière Valbois qui en compte 7"},
		// The lede opens on its circumstances: its main clause is the title,
		// kept whole however long.
		{"lede's subject", long + "\nLa ministre a ajouté que les chantiers commenceraient en mai.\n",
			"Odile Varenne a promis trois nouveaux ferries pour la ligne des îles avant l’hiver prochain"},
		{"lede whose subject is not a name stays whole", "After a long meeting on Monday, the council of Riverton, which had hesitated for months, approved the bridge.\n",
			"After a long meeting on Monday, the council of Riverton, which had hesitated for months, approved the bridge"},
		{"one line only", "Nets mended on the quay today", "Nets mended on the quay today"},
		{"empty", "\n \n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := TitleOf(tt.body); got != tt.want {
				t.Errorf("TitleOf = %q\nwant      %q", got, tt.want)
			}
		})
	}
}

// A title is stored whole: a long first sentence is not cut at 100
// characters (displays cut it to their width), only bounded against a body
// with no sentence end at all.
func TestTitleOfKeepsTheWholeSentence(t *testing.T) {
	sentence := "Après quatorze mois de travaux et deux chantiers interrompus, la piscine des Tilleuls, à Valbois, rouvrira ses bassins le 8 septembre avec un bassin nordique chauffé"
	if got := TitleOf(sentence + ". La maire l'a confirmé.\n\nSuite."); got != sentence {
		t.Errorf("TitleOf = %q (%d runes), want the whole sentence (%d)", got, utf8.RuneCountInString(got), utf8.RuneCountInString(sentence))
	}
	runOn := strings.Repeat("les quais de Saltmere et ", 100)
	if got := TitleOf(runOn); utf8.RuneCountInString(got) > maxTitle+1 || !strings.HasSuffix(got, "…") {
		t.Errorf("a body without a sentence end: title of %d runes %q", utf8.RuneCountInString(got), got)
	}
}
