package anonymize

import (
	"reflect"
	"testing"
)

// TestResetAsNew checks that a tokText reset for reuse (release) holds what
// a new tokText holds, except the buffers and sets reset keeps on purpose:
// every slice empty, every flag and class word zero. A field added to
// tokText later fails here until reset handles it.
func TestResetAsNew(t *testing.T) {
	seg := testSeg(t)
	kept := map[string]bool{
		"pos": true, "posDirty": true, "posDirtyCls": true, // clearPos clears what an earlier text set (speed12)
		"ppos": true, "ptset": true, "pwset": true, // cleared by personClasses and fillPersonToks before they write them
	}
	for _, text := range []string{
		"县委书记王建国同志在柳林镇石桥村调研，张书记要求做好小麦收购工作。",
		"会议由李小红主持",
		"abc 123",
	} {
		tt := newTokText(seg, text)
		// build every set a recognizer builds on first use
		tt.fillPersonToks()
		tt.personPos(0)
		tt.personToksAny()
		tt.nextPlaceStart(getLexicon(), 0)
		tt.reset()
		v := reflect.ValueOf(tt).Elem()
		for i := 0; i < v.NumField(); i++ {
			name := v.Type().Field(i).Name
			if kept[name] {
				continue
			}
			f := v.Field(i)
			if f.Kind() == reflect.Slice {
				if f.Len() != 0 {
					t.Errorf("%q: after reset, %s has %d elements", text, name, f.Len())
				}
				continue
			}
			if !f.IsZero() {
				t.Errorf("%q: after reset, %s is not zero, as in a new tokText", text, name)
			}
		}
	}
}
