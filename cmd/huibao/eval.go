package main

import "github.com/spf13/cobra"

// evalCmd groups the measuring commands (eval ner, eval deid, eval classify,
// eval quantities, eval extract); each lives in its own file.
var evalCmd = &cobra.Command{
	Use:   "eval",
	Short: "Measure extraction, de-identification, classification and quantities against annotated data",
	Example: `  huibao eval classify ../shared/data/reports-dev
  huibao eval ner ../shared/data/ner/peoples_daily_dev.txt`,
}

func init() { rootCmd.AddCommand(evalCmd) }
