package attrib

// headlineEcho gives a headline's quotation, which no cue attributes, the
// speaker of the quote below that repeats its words: the headline «Les
// absents ont eu tort !» over « Et bien ils ont eu tort !, lance X ». An
// article's opening lines are its headline; the words must be mostly the
// same, so a slogan echoed by someone else's quote is rare.
func (d *doc) headlineEcho(items []dq) {
	for i := range items {
		it := &items[i]
		if it.who.name != "" || it.q.para > 1 {
			continue
		}
		words := d.wordsOf(it.first, it.last)
		if len(words) < 3 {
			continue
		}
		for j := i + 1; j < len(items); j++ {
			o := &items[j]
			if !o.cued || o.who.name == "" || o.q.para <= it.q.para {
				continue
			}
			if shared(words, d.wordsOf(o.first, o.last))*5 >= len(words)*3 {
				it.who = o.who
				it.who.mention, it.who.rule = "", "inherit/headline-echo"
				break
			}
		}
	}
}

// wordsOf lists the folded words of tokens [a, b).
func (d *doc) wordsOf(a, b int) []string {
	var out []string
	for k := a; k < b; k++ {
		if d.toks[k].Kind == tWord {
			out = append(out, d.toks[k].Low)
		}
	}
	return out
}

// shared counts the words of a also found in b.
func shared(a, b []string) int {
	n := 0
	for _, w := range a {
		for _, x := range b {
			if w == x {
				n++
				break
			}
		}
	}
	return n
}
