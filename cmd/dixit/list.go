package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/spf13/cobra"
)

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func newLsCmd(e *env) *cobra.Command {
	var f filters
	cmd := &cobra.Command{
		Use:   "ls",
		Short: "List the articles in the library, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			s, err := e.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			list, err := s.List(cmd.Context(), flt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if f.json {
				return printJSON(out, list)
			}
			rows := make([][]string, 0, len(list))
			for _, a := range list {
				date := ""
				if !a.Published.IsZero() {
					date = a.Published.Format("2006-01-02")
				}
				rows = append(rows, []string{strconv.FormatInt(a.ID, 10), date, a.Lang, strconv.Itoa(a.Quotes),
					article.Shorten(a.Outlet, 24), joinMax(a.Speakers, 2), a.Title})
			}
			return render.Table(out, []string{"ID", "DATE", "LANG", "QUOTES", "OUTLET", "SPEAKERS", "TITLE"}, rows, termWidth(), isTTY(os.Stdout))
		},
	}
	f.add(cmd)
	return cmd
}

func newQuotesCmd(e *env) *cobra.Command {
	var f filters
	var kind string
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "List quotations across the library",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			switch kind {
			case "", "direct", "indirect":
				flt.Kind = attribKind(kind)
			default:
				return fmt.Errorf("--kind %q: want direct or indirect", kind)
			}
			s, err := e.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			qs, err := s.Quotes(cmd.Context(), flt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if f.json {
				return printJSON(out, qs)
			}
			rows := make([][]string, 0, len(qs))
			for _, q := range qs {
				speaker := q.Speaker
				if speaker == "" {
					speaker = "—"
				}
				rows = append(rows, []string{strconv.FormatInt(q.ArticleID, 10), string(q.Kind), article.Shorten(speaker, 28), q.Text})
			}
			return render.Table(out, []string{"ARTICLE", "KIND", "SPEAKER", "QUOTE"}, rows, termWidth(), isTTY(os.Stdout))
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&kind, "kind", "", "only direct or indirect quotes")
	return cmd
}

func newSpeakersCmd(e *env) *cobra.Command {
	var f filters
	cmd := &cobra.Command{
		Use:   "speakers",
		Short: "List speakers across the library with their quote and article counts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			s, err := e.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			list, err := s.Speakers(cmd.Context(), flt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if f.json {
				return printJSON(out, list)
			}
			rows := make([][]string, 0, len(list))
			for _, sp := range list {
				rows = append(rows, []string{strconv.Itoa(sp.Quotes), strconv.Itoa(sp.Articles), sp.Name, sp.Description})
			}
			return render.Table(out, []string{"QUOTES", "ARTICLES", "SPEAKER", "DESCRIPTION"}, rows, termWidth(), isTTY(os.Stdout))
		},
	}
	f.add(cmd)
	return cmd
}

func newSourcesCmd(e *env) *cobra.Command {
	var f filters
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "List the outlets and reports the library's articles cite",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			s, err := e.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			list, err := s.Sources(cmd.Context(), flt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if f.json {
				return printJSON(out, list)
			}
			rows := make([][]string, 0, len(list))
			for _, src := range list {
				rows = append(rows, []string{strconv.Itoa(src.Articles), src.Name})
			}
			return render.Table(out, []string{"ARTICLES", "SOURCE"}, rows, termWidth(), isTTY(os.Stdout))
		},
	}
	f.add(cmd)
	return cmd
}
