package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/dixit-news/dixit/internal/text"
	"github.com/spf13/cobra"
)

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// sampleMark prefixes what comes from the bundled sample articles in the
// listings' tables; --json says "sample": true.
const sampleMark = "[sample] "

// samplesNote follows a listing of a library that holds only the samples.
const samplesNote = "dixit: [sample] rows come from the bundled sample articles (fictional); your first ingest removes them, or dixit rm --samples"

// mark is name as a listing of speakers or sources shows it: marked when
// the library holds the samples alone, where every name comes from them.
func (e *env) mark(name string) string {
	if e.samplesOnly {
		return sampleMark + name
	}
	return name
}

// listing is one of the commands that list from the library: they share
// the filter flags, --json, and a table on the terminal.
type listing[T any] struct {
	use, short string
	header     []string
	query      func(library.Store, context.Context, library.Filter) ([]T, error)
	row        func(T) []string
	shape      func([]T) any                               // the entity's JSON shape (export/shapes.go)
	extra      func(*cobra.Command, *library.Filter) error // extra flags, applied to the filter
}

func (l listing[T]) command(e *env) *cobra.Command {
	var f filters
	cmd := &cobra.Command{
		Use:   l.use,
		Short: l.short,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			if l.extra != nil {
				if err := l.extra(cmd, &flt); err != nil {
					return err
				}
			}
			s, err := e.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			items, err := l.query(s, cmd.Context(), flt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if f.json {
				return printJSON(out, l.shape(items))
			}
			rows := make([][]string, 0, len(items))
			for _, it := range items {
				rows = append(rows, l.row(it))
			}
			if err := render.Table(out, l.header, rows, termWidth(), isTTY(os.Stdout)); err != nil {
				return err
			}
			if e.samplesOnly && len(items) > 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), samplesNote)
			}
			return nil
		},
	}
	f.add(cmd)
	return cmd
}

func newLsCmd(e *env) *cobra.Command {
	var sort string
	cmd := listing[library.Summary]{
		use: "ls", short: "List the articles in the library, newest first (or --sort outlet, quotes, title)",
		header: []string{"ID", "DATE", "LANG", "QUOTES", "OUTLET", "SPEAKERS", "TITLE"},
		query:  library.Store.List,
		shape:  func(ss []library.Summary) any { return export.Summaries(ss) },
		row: func(a library.Summary) []string {
			date := ""
			if !a.Published.IsZero() {
				date = a.Published.Format("2006-01-02")
			}
			title := a.Title
			if a.IsSample() {
				title = sampleMark + title
			}
			return []string{strconv.FormatInt(a.ID, 10), date, a.Lang, a.QuoteCount(),
				article.Shorten(a.Outlet, 24), joinMax(a.Speakers, 2), title}
		},
		extra: func(_ *cobra.Command, f *library.Filter) error {
			var err error
			if f.Order, err = library.ParseOrder(sort); err != nil {
				return fmt.Errorf("--%w", err)
			}
			return nil
		},
	}.command(e)
	cmd.Flags().StringVar(&sort, "sort", "date", "sort by date (newest first), outlet, quotes (most first) or title")
	return cmd
}

func newQuotesCmd(e *env) *cobra.Command {
	var kind string
	cmd := listing[library.Quote]{
		use: "quotes", short: "List quotations across the library",
		header: []string{"ARTICLE", "KIND", "SPEAKER", "QUOTE"},
		query:  library.Store.Quotes,
		shape:  func(qs []library.Quote) any { return export.LibraryQuotes(qs) },
		row: func(q library.Quote) []string {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "—"
			}
			return []string{strconv.FormatInt(q.ArticleID, 10), string(q.Kind), e.mark(article.Shorten(speaker, 28)), text.Display(q.Text)}
		},
		extra: func(_ *cobra.Command, f *library.Filter) error {
			switch kind {
			case "", "direct", "indirect":
				f.Kind = attribKind(kind)
				return nil
			}
			return fmt.Errorf("--kind %q: want direct or indirect", kind)
		},
	}.command(e)
	cmd.Flags().StringVar(&kind, "kind", "", "only direct or indirect quotes")
	return cmd
}

func newSpeakersCmd(e *env) *cobra.Command {
	return listing[library.SpeakerStat]{
		use: "speakers", short: "List speakers across the library with their quote and article counts",
		header: []string{"QUOTES", "ARTICLES", "SPEAKER", "DESCRIPTION"},
		query:  library.Store.Speakers,
		shape: func(ss []library.SpeakerStat) any {
			out := export.Speakers(ss)
			for i := range out {
				out[i].Sample = e.samplesOnly
			}
			return out
		},
		row: func(sp library.SpeakerStat) []string {
			return []string{strconv.Itoa(sp.Quotes), strconv.Itoa(sp.Articles), e.mark(sp.Name), sp.Description}
		},
	}.command(e)
}

func newSourcesCmd(e *env) *cobra.Command {
	return listing[library.SourceStat]{
		use: "sources", short: "List the outlets and reports the library's articles cite",
		header: []string{"ARTICLES", "SOURCE"},
		query:  library.Store.Sources,
		shape: func(ss []library.SourceStat) any {
			out := export.Sources(ss)
			for i := range out {
				out[i].Sample = e.samplesOnly
			}
			return out
		},
		row: func(src library.SourceStat) []string {
			return []string{strconv.Itoa(src.Articles), e.mark(src.Name)}
		},
	}.command(e)
}
