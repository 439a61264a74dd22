package extract

import "strings"

// tableStack tracks the tables and text boxes a DOCX or ODT body is inside,
// so both readers render a table as one paragraph per row (cells joined by a
// space) and keep a text box's paragraphs out of the cell or row around it.
type tableStack struct {
	rows  [][]string         // per table depth: the current row's cells; nil entries mark text boxes
	cells []*strings.Builder // per cell depth: the cell being read; nil entries mark text boxes
}

func (t *tableStack) startTable() { t.rows = append(t.rows, nil) }

func (t *tableStack) endTable() { t.rows = pop(t.rows) }

func (t *tableStack) startRow() {
	if n := len(t.rows); n > 0 {
		t.rows[n-1] = t.rows[n-1][:0]
	}
}

func (t *tableStack) startCell() { t.cells = append(t.cells, &strings.Builder{}) }

// endCell adds the finished cell's text to the current row.
func (t *tableStack) endCell() {
	n := len(t.cells)
	if n == 0 {
		return
	}
	c := t.cells[n-1]
	t.cells = t.cells[:n-1]
	if c != nil && len(t.rows) > 0 {
		t.rows[len(t.rows)-1] = append(t.rows[len(t.rows)-1], strings.TrimSpace(c.String()))
	}
}

// endRow returns the finished row as one line of its non-empty cells.
func (t *tableStack) endRow() (string, bool) {
	n := len(t.rows)
	if n == 0 {
		return "", false
	}
	var cells []string
	for _, c := range t.rows[n-1] {
		if c != "" {
			cells = append(cells, c)
		}
	}
	t.rows[n-1] = nil
	return strings.Join(cells, " "), len(cells) > 0
}

// startBox and endBox bracket a text box: a cell or row in progress around
// it is kept apart from the box's own paragraphs.
func (t *tableStack) startBox() {
	t.rows = append(t.rows, nil)
	t.cells = append(t.cells, nil)
}

func (t *tableStack) endBox() {
	t.rows = pop(t.rows)
	t.cells = pop(t.cells)
}

// cell is the table cell being read, or nil outside a table and directly
// inside a text box.
func (t *tableStack) cell() *strings.Builder {
	if n := len(t.cells); n > 0 {
		return t.cells[n-1]
	}
	return nil
}

func pop[T any](s []T) []T {
	if n := len(s); n > 0 {
		return s[:n-1]
	}
	return s
}
