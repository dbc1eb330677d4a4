// Command dixit reads news articles and shows who said what, and on whose
// word. This file only wires commands and flags to the internal packages.
package main

import (
	"context"
	"os"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
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
	}
	root.AddCommand(newExtractCmd())
	if err := fang.Execute(context.Background(), root, fang.WithVersion(version)); err != nil {
		os.Exit(1)
	}
}
