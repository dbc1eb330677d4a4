package main

import (
	"bufio"
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
			out := bufio.NewWriter(cmd.OutOrStdout())
			stream, err := export.NewStream(out, format, explain)
			if err != nil {
				return err
			}
			loader := article.Loader{Fetch: article.NewFetcher(version)}
			failed := 0
			err = extractAll(cmd.Context(), &loader, args, attrib.Options{Lang: lang}, stream.Encode, func(r extracted) error {
				if r.err != nil {
					out.Flush() // what came before the warning first
					warn(cmd.ErrOrStderr(), r.err)
					failed++
					return nil
				}
				for i, d := range r.docs {
					var err error
					if r.encoded != nil && r.encoded[i] != nil {
						err = stream.AddEncoded(r.encoded[i])
					} else {
						err = stream.Add(d)
					}
					if err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			if err := stream.Close(); err != nil {
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
