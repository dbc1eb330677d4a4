package main

import (
	"fmt"
	"os"

	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/spf13/cobra"
)

func newStatsCmd(e *env) *cobra.Command {
	var f filters
	var top int
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Who is quoted: quotes by speaker, outlet and month, and speakers by the gender their given names tell",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			flt.Limit = 0 // --limit is --top here
			s, err := e.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			st, err := library.GatherStats(cmd.Context(), s, flt, top)
			if err != nil {
				return err
			}
			if e.samplesOnly {
				fmt.Fprintln(cmd.ErrOrStderr(), "dixit: these stats count the bundled sample articles (fictional); your first ingest removes them, or dixit rm --samples")
			}
			if f.json {
				return printJSON(cmd.OutOrStdout(), export.Stats(st))
			}
			return render.WriteStats(cmd.OutOrStdout(), st, termWidth(), isTTY(os.Stdout))
		},
	}
	f.add(cmd)
	cmd.Flags().IntVar(&top, "top", 12, "how many of the most quoted speakers to chart")
	return cmd
}
