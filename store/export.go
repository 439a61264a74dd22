package store

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// WriteExport streams one export of st to w: format "csv" (with a UTF-8
// byte-order mark so Excel reads Chinese, a header row, empty cells for
// NULL) or "jsonl" (one object per row, keys in column order). what is
// "reports", "paragraphs" or "quantities". The CLI and the API both use it.
func WriteExport(ctx context.Context, st Store, w io.Writer, format, what string) error {
	cols, err := ExportColumns(what)
	if err != nil {
		return err
	}
	if format != "csv" && format != "jsonl" {
		return fmt.Errorf("unknown export format %q: want csv or jsonl", format)
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	if format == "csv" {
		bw.WriteString("\uFEFF")
		cw := csv.NewWriter(bw)
		cw.Write(cols)
		rec := make([]string, len(cols))
		err := st.Export(ctx, what, func(_ []string, row []any) error {
			for i, v := range row {
				rec[i] = csvCell(v)
			}
			return cw.Write(rec)
		})
		cw.Flush()
		if err != nil {
			return err
		}
		if err := cw.Error(); err != nil {
			return err
		}
		return bw.Flush()
	}
	err = st.Export(ctx, what, func(cols []string, row []any) error {
		// Written by hand: encoding/json would sort a map's keys.
		bw.WriteByte('{')
		for i, c := range cols {
			if i > 0 {
				bw.WriteByte(',')
			}
			k, _ := json.Marshal(c)
			v, err := json.Marshal(row[i])
			if err != nil {
				return err
			}
			bw.Write(k)
			bw.WriteByte(':')
			bw.Write(v)
		}
		_, err := bw.WriteString("}\n")
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// csvCell renders one value: empty for NULL, numbers without exponent.
func csvCell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}
