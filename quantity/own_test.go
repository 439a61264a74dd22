package quantity

import (
	"os"
	"path/filepath"
	"testing"
)

// ownDir locates a committed own-writing set under testdata/ at the
// module root.
func ownDir(t *testing.T, name string) string { return ownDirB(t, name) }

// ownDirB is ownDir for tests and benchmarks.
func ownDirB(t testing.TB, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", name)
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("go.mod not found above the test's directory")
		}
		dir = up
	}
}

// TestOwnSets scores the own-writing check sets (testdata/quantities-own,
// -own2, -own3, -own4 and -own5; all 100 % after the fixes they prompted,
// see their READMEs):
// every quantity read right, every kind/change/max right, no year, date
// or not_quantities string read as a quantity.
func TestOwnSets(t *testing.T) {
	for _, name := range []string{"quantities-own", "quantities-own2", "quantities-own3", "quantities-own4", "quantities-own5"} {
		s, err := EvaluateDir(ownDir(t, name), Find)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range s.Misses {
			t.Errorf("%s: %v", name, m)
		}
		for _, d := range append(append(s.Dates, s.NotWrong...), s.DetailMis...) {
			t.Errorf("%s: %s", name, d)
		}
		if s.Gold < 80 || s.NotGold < 20 || s.Details < 10 {
			t.Errorf("%s: only %d quantities, %d not-quantities, %d details loaded", name, s.Gold, s.NotGold, s.Details)
		}
		t.Logf("%s: read right %d/%d, details %d/%d, not-quantities read %d/%d", name, s.Right, s.Gold, s.DetailsOK, s.Details, len(s.NotWrong), s.NotGold)
	}
}
