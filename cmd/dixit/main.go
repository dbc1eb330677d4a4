// Command dixit reads news articles and shows who said what, and on whose
// word. This file only wires commands and flags to the internal packages.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"github.com/dixit-news/dixit/internal/text"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	root := &cobra.Command{
		Use:   "dixit",
		Short: "A terminal reader for source-attributed news",
		Long: "dixit finds every quotation in French and English news articles, who said it,\n" +
			"and which outlets the article cites as its sources.",
		SilenceUsage: true,
		Args:         cobra.NoArgs,
	}
	var theme, palette string
	root.Flags().StringVar(&theme, "theme", "auto", "reader theme: auto, dark or light")
	root.Flags().StringVar(&palette, "palette", "", "speaker colours: default or colorblind")
	var e env
	e.flags(root)
	root.RunE = func(cmd *cobra.Command, _ []string) error {
		return runReader(cmd, &e, theme, palette)
	}
	root.AddCommand(newExtractCmd(), newIngestCmd(&e), newLsCmd(&e), newQuotesCmd(&e), newSpeakersCmd(&e),
		newSourcesCmd(&e), newStatsCmd(&e), newShowCmd(&e), newRmCmd(&e), newReindexCmd(&e), newExportCmd(&e), newMigrateCmd(&e), newTrailCmd(&e))
	if err := fang.Execute(context.Background(), root, fang.WithVersion(version), fang.WithErrorHandler(oneLineError)); err != nil {
		os.Exit(1)
	}
}

// oneLineError prints errors the way scripts expect them: one line on
// stderr, prefixed with the program's name. Usage mistakes also point at
// --help.
func oneLineError(w io.Writer, _ fang.Styles, err error) {
	msg := text.Line(err.Error())
	if strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "unknown flag") ||
		strings.HasPrefix(msg, "unknown shorthand flag") || strings.Contains(msg, "arg(s)") {
		msg += " (see dixit --help)"
	}
	fmt.Fprintln(w, "dixit: "+msg)
}

// warn prints one input's error and lets the command go on. Messages name
// files, paths and URLs from outside, so they pass the text filter too.
func warn(w io.Writer, err error) {
	fmt.Fprintln(w, "dixit: "+text.Line(err.Error()))
}
