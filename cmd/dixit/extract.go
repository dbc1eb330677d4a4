package main

import (
	"bufio"
	"errors"
	"fmt"
	"slices"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/spf13/cobra"
)

func newExtractCmd() *cobra.Command {
	var format, lang string
	var explain bool
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE...",
		Short: "Print the quotes, speakers and sources found in articles",
		Long: "extract reads each FILE (or - for standard input) and prints what it found.\n" +
			"It never touches a library. Offsets (start, end) are byte offsets into the\n" +
			"article text after cleaning, which for ordinary UTF-8 text is the file itself.",
		Example: "  dixit extract articles/*.txt\n  dixit extract --format csv story.txt > quotes.csv\n  dixit extract --explain story.txt",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if explain && cmd.Flags().Changed("format") {
				return fmt.Errorf("--explain prints its own report: drop --format %s", format)
			}
			if !slices.Contains(export.Formats, format) {
				return fmt.Errorf("--format %q: want one of json, jsonl, csv, md", format)
			}
			if lang != "auto" && lang != "fr" && lang != "en" {
				return fmt.Errorf("--lang %q: want auto, fr or en", lang)
			}
			opt := attrib.Options{Lang: lang}
			var docs []export.Doc
			failed := 0
			loader := article.Loader{Fetch: article.NewFetcher(version)}
			for _, path := range args {
				arts, err := loader.Load(cmd.Context(), path)
				if errors.Is(err, article.ErrEmpty) {
					// An empty article has nothing to extract: an empty result.
					arts, err = []*article.Article{{Path: path}}, nil
				}
				if err != nil {
					warn(cmd.ErrOrStderr(), err)
					failed++
					continue
				}
				for _, a := range arts {
					o := opt
					if o.Lang == "auto" && a.Lang != "" {
						o.Lang = a.Lang
					}
					res := attrib.Extract(a.Body, o)
					p := path
					if len(arts) > 1 {
						p = a.Path // one feed, many entries
					}
					docs = append(docs, export.Doc{Path: p, Title: a.Title, Lang: res.Lang, Outlet: a.Outlet, URL: a.URL, Result: res})
				}
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			write := func() error { return export.Write(out, format, docs) }
			if explain {
				write = func() error { return export.WriteExplain(out, docs) }
			}
			if err := write(); err != nil {
				return err
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d files failed", failed, len(args))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json, jsonl, csv or md")
	cmd.Flags().StringVar(&lang, "lang", "auto", "article language: auto, fr or en")
	cmd.Flags().BoolVar(&explain, "explain", false, "print each quote with the rule, cue and resolution behind its speaker")
	return cmd
}
