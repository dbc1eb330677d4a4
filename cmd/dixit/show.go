package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/dixit-news/dixit/internal/text"
	"github.com/spf13/cobra"
)

func attribKind(s string) attrib.Kind { return attrib.Kind(s) }

// resolveID reads an article id, or finds the article stored under a path
// or URL.
func resolveID(ctx context.Context, s library.Store, arg string) (int64, error) {
	arg = article.StripUserinfo(arg) // stored, and printed, without them
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		return id, nil
	}
	if id, err := s.Find(ctx, arg); err == nil {
		return id, nil
	}
	if abs, err := filepath.Abs(arg); err == nil {
		if id, err := s.Find(ctx, abs); err == nil {
			return id, nil
		}
	}
	return 0, fmt.Errorf("%s: %w", arg, library.ErrNotFound)
}

func newShowCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID|PATH",
		Short: "Print an article with its quotes marked, then its speakers and sources",
		Args:  cobra.ExactArgs(1),
		RunE: e.withLibrary(func(cmd *cobra.Command, args []string, s library.Store) error {
			ctx := cmd.Context()
			id, err := resolveID(ctx, s, args[0])
			if err != nil {
				return err
			}
			entry, err := s.Get(ctx, id)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			if asJSON {
				return printJSON(out, export.ArticleOf(entry))
			}
			return render.Article(out, entry, isTTY(os.Stdout))
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON for scripts")
	return cmd
}

func newRmCmd(e *env) *cobra.Command {
	var samples bool
	cmd := &cobra.Command{
		Use:   "rm ID|PATH... | rm --samples",
		Short: "Remove articles from the library",
		Long: "rm removes the articles named. With --samples it removes the bundled sample\n" +
			"articles, which then never come back, even to an emptied library.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && !samples {
				return errors.New("rm needs an article id or path, or --samples")
			}
			return nil
		},
		RunE: e.withLibrary(func(cmd *cobra.Command, args []string, s library.Store) error {
			ctx := cmd.Context()
			var failed []error
			if samples {
				n, err := ingest.RemoveSamples(ctx, s)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "removed %s; they will not come back\n", text.Plural(n, "sample article", "sample articles"))
			}
			for _, arg := range args {
				id, err := resolveID(ctx, s, arg)
				if err == nil {
					err = s.Delete(ctx, id)
				}
				if err != nil {
					warn(cmd.ErrOrStderr(), err)
					failed = append(failed, err)
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "removed %d\n", id)
			}
			if len(failed) > 0 {
				return fmt.Errorf("%d of %d removals failed", len(failed), len(args))
			}
			return nil
		}),
	}
	cmd.Flags().BoolVar(&samples, "samples", false, "remove the bundled sample articles, for good")
	return cmd
}

func newReindexCmd(e *env) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "reindex",
		Short: "Re-extract articles stored by an older version of the rules",
		Args:  cobra.NoArgs,
		RunE: e.withLibrary(func(cmd *cobra.Command, _ []string, s library.Store) error {
			ctx := cmd.Context()
			version := attrib.Version
			if all {
				version = "" // every article differs from the empty version
			}
			ids, err := s.Stale(ctx, version)
			if err != nil {
				return err
			}
			bar := newProgress(cmd.ErrOrStderr(), isTTY(os.Stderr))
			sum := ingest.Reindex(ctx, s, ids, func(ev ingest.Event) {
				for _, note := range ev.Notes {
					bar.clear()
					warn(cmd.ErrOrStderr(), note)
				}
				bar.update(ev)
			})
			bar.clear()
			for _, err := range sum.Failed {
				warn(cmd.ErrOrStderr(), err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d re-extracted with rules %s, %d failed\n", sum.Updated+sum.New, attrib.Version, len(sum.Failed))
			if len(sum.Failed) > 0 {
				return errors.New("reindex failed for some articles")
			}
			return nil
		}),
	}
	cmd.Flags().BoolVar(&all, "all", false, "re-extract every article, not only stale ones")
	return cmd
}

func newExportCmd(e *env) *cobra.Command {
	var f filters
	var format, output string
	cmd := &cobra.Command{
		Use:   "export [--format json|jsonl|csv|md] [filters] [-o FILE]",
		Short: "Export quotes with their articles and sources",
		Long: "export writes the quotes the filters select. With -o the file is written\n" +
			"atomically: a temporary file beside it, then a rename, so a failure never\n" +
			"leaves a half-written file. Its extension (.json, .jsonl, .csv, .md) is the\n" +
			"format unless --format says one.",
		Example: "  dixit export --speaker konovalov --format csv -o konovalov.csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// --json, the scripts' flag of every listing, asks for JSON
			// here too.
			if f.json {
				if cmd.Flags().Changed("format") && format != "json" {
					return fmt.Errorf("--json and --format %q: choose one", format)
				}
				format = "json"
			}
			// The file's extension names the format when no flag does;
			// a flag that says otherwise is refused, not obeyed into a
			// CSV file holding JSON.
			if byName := export.FormatOf(output); byName != "" {
				if !cmd.Flags().Changed("format") && !f.json {
					format = byName
				} else if byName != format {
					return fmt.Errorf("--format %s but %s names %s: choose one", format, text.Line(output), byName)
				}
			}
			if !slices.Contains(export.Formats, format) {
				return fmt.Errorf("--format %q: want one of json, jsonl, csv, md", format)
			}
			flt, err := f.filter()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			s, err := e.open(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			qs, err := s.Quotes(ctx, flt)
			if err != nil {
				return err
			}
			write := func(w io.Writer) error { return export.WriteQuotes(w, format, qs) }
			if output == "" || output == "-" {
				out := bufio.NewWriter(cmd.OutOrStdout())
				if err := write(out); err != nil {
					return err
				}
				if e.samplesOnly && len(qs) > 0 {
					fmt.Fprintln(cmd.ErrOrStderr(), samplesNote)
				}
				return out.Flush()
			}
			if err := export.WriteFile(output, write); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s to %s\n", text.Plural(len(qs), "quote", "quotes"), text.Line(output))
			if e.samplesOnly && len(qs) > 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), samplesNote)
			}
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "csv", "json, jsonl, csv or md (default: the -o file's extension, else csv)")
	cmd.Flags().StringVarP(&output, "output", "o", "", "file to write (default: standard output)")
	return cmd
}
