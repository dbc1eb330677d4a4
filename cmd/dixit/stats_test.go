package main

import (
	"slices"
	"strings"
	"testing"
)

// dixit stats --json: the documented shape (docs/json.md), its counts
// agreeing with ls and speakers; without --json the same as charts.
func TestStatsJSON(t *testing.T) {
	dir := t.TempDir()
	st := jsonOf[map[string]any](t, libDixit(t, dir, "", "stats", "--json", "--top", "3"), "stats --json")
	if got, want := keysOf(st), []string{"articles", "by_month", "by_outlet", "gender", "quotes", "speakers", "top_speakers", "undated"}; !slices.Equal(got, want) {
		t.Fatalf("stats --json keys %v, want %v", got, want)
	}
	ls := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "ls", "--json"), "ls --json")
	quotes := 0.0
	for _, a := range ls {
		quotes += a["quotes"].(float64) // direct and reported
	}
	if st["articles"].(float64) != float64(len(ls)) || st["quotes"].(float64) != quotes {
		t.Errorf("stats: %v articles, %v quotes; ls: %d, %v", st["articles"], st["quotes"], len(ls), quotes)
	}
	speakers := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "speakers", "--json"), "speakers --json")
	top := st["top_speakers"].([]any)
	if st["speakers"].(float64) != float64(len(speakers)) || len(top) != 3 || top[0].(map[string]any)["name"] != speakers[0]["name"] {
		t.Errorf("stats: %v speakers, top %v; speakers: %d, first %v", st["speakers"], top, len(speakers), speakers[0]["name"])
	}
	sum := func(list any) (n float64) {
		for _, x := range list.([]any) {
			n += x.(map[string]any)["quotes"].(float64)
		}
		return n
	}
	undated := st["undated"].(map[string]any)
	if sum(st["by_outlet"]) != quotes || sum(st["by_month"])+undated["quotes"].(float64) != quotes || undated["name"] != nil {
		t.Errorf("the tallies do not add up to %v quotes: outlets %v, months %v + undated %v", quotes, sum(st["by_outlet"]), sum(st["by_month"]), undated)
	}
	for _, m := range st["by_month"].([]any) {
		if name, _ := m.(map[string]any)["name"].(string); len(name) != 7 || name[4] != '-' {
			t.Errorf("month %v", m)
		}
	}
	g := st["gender"].(map[string]any)
	if got := keysOf(g); !slices.Equal(got, []string{"men", "not_told", "women"}) {
		t.Errorf("gender keys %v", got)
	}
	people := 0.0
	for _, k := range []string{"women", "men", "not_told"} {
		p := g[k].(map[string]any)
		if got := keysOf(p); !slices.Equal(got, []string{"quotes", "speakers"}) {
			t.Errorf("gender %s keys %v", k, got)
		}
		people += p["speakers"].(float64)
	}
	if people != st["speakers"].(float64) || g["women"].(map[string]any)["speakers"].(float64) == 0 || g["men"].(map[string]any)["speakers"].(float64) == 0 {
		t.Errorf("gender %v for %v speakers", g, st["speakers"])
	}

	r := libDixit(t, dir, "", "stats", "--lang", "en")
	for _, want := range []string{"Who is quoted", "Quotes by speaker", "Speakers by gender, where the given name tells it", "Quotes by outlet", "The Harbour Ledger", "Quotes by month"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stats --lang en lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "bundled sample articles (fictional)") {
		t.Errorf("stats of the samples alone does not say so: stderr %q", r.stderr)
	}
	if strings.Contains(r.stdout, "Le Courrier du Val") || strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("stats --lang en shows a French outlet or escapes on a pipe:\n%s", r.stdout)
	}
}
