package main

import (
	"context"
	"fmt"
	"github.com/dixit-news/dixit/internal/text"
	"os"
	"strings"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/spf13/cobra"
)

func newTrailCmd(e *env) *cobra.Command {
	var f filters
	var format string
	var altered bool
	cmd := &cobra.Command{
		Use:   `trail QUOTE-ID|"words…"`,
		Short: "Show where a quote was carried and how each version changed it (QUOTE-ID is ARTICLE:N, the Nth quote dixit show lists)",
		Long: "dixit trail 42:3 prints every stored quote that is the same quote as the third quote of article 42,\n" +
			"earliest first, each against the earliest: words changed, added or dropped, a fragment, direct\n" +
			"speech reported, another speaker. dixit trail \"words…\" looks the words up instead.\n" +
			"dixit trail --altered [filters] lists the quotes whose trail holds a change of words or of speaker.",
		Args: cobra.ArbitraryArgs,
		RunE: e.withLibrary(func(cmd *cobra.Command, args []string, s library.Store) error {
			ctx := cmd.Context()
			if f.json {
				format = "json"
			}
			switch format {
			case "table", "json", "md":
			default:
				return fmt.Errorf("--format %q: want table, json or md", format)
			}
			if altered {
				if len(args) > 0 {
					return fmt.Errorf("--altered lists quotes: give filters, not a quote")
				}
				if format == "md" {
					return fmt.Errorf("--altered prints a table or --json")
				}
				return listAltered(cmd, e, s, &f)
			}
			if len(args) == 0 {
				return fmt.Errorf(`give a quote: ARTICLE:N or "words…" (or --altered)`)
			}
			quote, err := trailQuote(ctx, s, strings.Join(args, " "))
			if err != nil {
				return err
			}
			tr, err := library.FindTrail(ctx, s, quote, f.limit)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			switch format {
			case "json":
				return printJSON(out, export.Trail(quote, tr))
			case "md":
				return export.WriteTrailMarkdown(out, quote, tr)
			}
			rows := make([][]string, 0, len(tr.Occurrences))
			for _, o := range tr.Occurrences {
				date := ""
				if !o.Published.IsZero() {
					date = o.Published.UTC().Format("2006-01-02")
				}
				speaker := o.CreditedName()
				if speaker == "" {
					speaker = "—"
				}
				rows = append(rows, []string{o.Ref.String(), date, article.Shorten(o.Outlet, 24), article.Shorten(speaker, 24),
					string(o.Kind), export.Findings(o), export.PlainDiff(o.Diff)})
			}
			if err := render.Table(out, []string{"QUOTE", "DATE", "OUTLET", "SPEAKER", "KIND", "FINDINGS", "WORDS"}, rows, termWidth(), isTTY(os.Stdout)); err != nil {
				return err
			}
			if n := tr.Total - len(tr.Occurrences); n > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "dixit: %d later occurrences not shown (--limit)\n", n)
			}
			return nil
		}),
	}
	f.add(cmd)
	cmd.Flags().StringVar(&format, "format", "table", "table, json or md")
	cmd.Flags().BoolVar(&altered, "altered", false, "list the quotes whose trail holds a change of words or of speaker (with the filter flags)")
	return cmd
}

// trailQuote is the words a trail is looked up by: the quote ARTICLE:N
// names, or the words given.
func trailQuote(ctx context.Context, s library.Store, arg string) (string, error) {
	ref, ok := library.ParseQuoteRef(arg)
	if !ok {
		return arg, nil
	}
	e, err := s.Get(ctx, ref.ArticleID)
	if err != nil {
		return "", fmt.Errorf("article %d: %w", ref.ArticleID, err)
	}
	if ref.N > len(e.Result.Quotes) {
		return "", fmt.Errorf("quote %s: article %d has %d quotes", ref, ref.ArticleID, len(e.Result.Quotes))
	}
	return e.Result.Quotes[ref.N-1].Text, nil
}

func listAltered(cmd *cobra.Command, e *env, s library.Store, f *filters) error {
	flt, err := f.filter()
	if err != nil {
		return err
	}
	flt.Altered = true
	qs, err := s.Quotes(cmd.Context(), flt)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if f.json {
		return printJSON(out, export.AlteredQuotes(qs))
	}
	rows := make([][]string, 0, len(qs))
	for _, q := range qs {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "—"
		}
		date := ""
		if !q.Published.IsZero() {
			date = q.Published.UTC().Format("2006-01-02")
		}
		rows = append(rows, []string{library.QuoteRef{ArticleID: q.ArticleID, N: q.Seq + 1}.String(), date, article.Shorten(q.Outlet, 24),
			e.mark(article.Shorten(speaker, 28)), string(q.Kind), text.Display(q.Text)})
	}
	return render.Table(out, []string{"QUOTE", "DATE", "OUTLET", "SPEAKER", "KIND", "WORDS"}, rows, termWidth(), isTTY(os.Stdout))
}
