package anonymize

import (
	"strings"
	"testing"
)

// spanPiece14 is the span tagger's piece of text that begins at the n-th
// occurrence (from 0) of piece, as spanMake builds it.
func spanPiece14(t *testing.T, tt *tokText, piece string, n int) Finding {
	t.Helper()
	at := -1
	for k, from := 0, 0; k <= n; k++ {
		i := strings.Index(tt.text[from:], piece)
		if i < 0 {
			t.Fatalf("%q: no occurrence %d of %q", tt.text, n, piece)
		}
		at, from = from+i, from+i+len(piece)
	}
	s, e := tt.runeAt(at), tt.runeAt(at+len(piece))
	return spanMake(tt, s, e, 80)
}

// TestShoreFacilityPieces14: a shore word before a kind of walkway or
// waterfront strip (滨江|绿道, 环湖|骑行道) is a description, so the
// filters reject the tagger's piece, whole or the shore word alone; the
// same word is a place when the text names its district, town or village,
// and parks and squares by the water name one site.
func TestShoreFacilityPieces14(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct {
		text, piece string
		n           int
		keep        bool
	}{
		{"沿江新修滨江绿道2.5公里，沿线补植乔木。", "滨江绿道", 0, true},
		{"环湖骑行道全线贯通，游客量同比增长三成。", "环湖骑行道", 0, true},
		{"临河步道完成亮化改造。", "临河", 0, true},
		{"建成湖畔栈道800米，配套休息亭两座。", "湖畔栈道", 0, true},
		{"整治沿湖岸线4公里，修复滨海湿地300亩。", "滨海湿地", 0, true},
		{"滨江区投资建设滨江绿道。", "滨江绿道", 0, false},
		{"临江镇新建临江栈道1公里。", "临江栈道", 0, false},
		{"沿河村党支部组织清理沿河步道。", "沿河步道", 0, false},
		{"滨江公园改造完成。", "滨江公园", 0, false},
		{"翠屏湖栈道年内完工。", "翠屏湖栈道", 0, false},
	} {
		tt := newTokText(seg, c.text)
		f := spanPiece14(t, tt, c.piece, c.n)
		if got := spanKeep14(tt, f); got != c.keep {
			t.Errorf("%s | %s: spanKeep14 = %v, want %v", c.text, c.piece, got, c.keep)
		}
		if c.keep && keptByFilters(tt, f) {
			t.Errorf("%s | %s: the filters let the piece through", c.text, c.piece)
		}
	}
}

// TestConjLevelKind14: a conjunction between a complete park, zone or body
// and a level word before an ordinary kind (产业园和|县创业园, 中心与|镇卫生院)
// joins two facilities, so the filters reject a piece that reads 和县 or
// 镇卫生院 as a name; 和县 at a text's head, or read so elsewhere in the
// text, is the county.
func TestConjLevelKind14(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct {
		text, piece string
		keep        bool
	}{
		{"依托物流产业园和县创业园建成孵化基地。", "和县创业园", true},
		{"依托物流产业园和县创业园建成孵化基地。", "和县", true},
		{"依托物流产业园和县创业园建成孵化基地。", "物流产业园和县创业园", true},
		{"提升文化馆与县图书馆服务效能。", "文化馆与县图书馆", true},
		{"扩建康养中心与镇卫生院，新增床位40张。", "镇卫生院", true},
		{"扩建康养中心与镇卫生院，新增床位40张。", "与镇卫生院", true},
		{"完善工业园区及县人民医院周边道路。", "县人民医院", true},
		{"和县创业园入驻企业20家。", "和县创业园", false},
		{"和县地处江淮之间，物流产业园和县创业园同步建设。", "和县创业园", false},
		{"依托物流产业园和县龙泉湖创业园建成孵化基地。", "和县", false},
	} {
		tt := newTokText(seg, c.text)
		n := 0
		if strings.Count(c.text, c.piece) > 1 {
			n = 1
		}
		f := spanPiece14(t, tt, c.piece, n)
		if got := spanKeep14(tt, f); got != c.keep {
			t.Errorf("%s | %s: spanKeep14 = %v, want %v", c.text, c.piece, got, c.keep)
		}
		if c.keep && keptByFilters(tt, f) {
			t.Errorf("%s | %s: the filters let the piece through", c.text, c.piece)
		}
	}
}

// TestShoreAndConjPhrasesKept14: the two classes whole, through the
// pipeline: walkways by the water and a county's own facility after 和
// stay readable, a named district and the county at a sentence's head stay
// masked.
func TestShoreAndConjPhrasesKept14(t *testing.T) {
	got := maskedText(t, []string{
		"沿江新修滨江绿道2.5公里，沿线补植乔木。",
		"环湖骑行道全线贯通，建成湖畔栈道800米。",
		"依托物流产业园和县创业园建成孵化基地。",
		"扩建康养中心与镇卫生院，新增床位40张。",
	})
	checkMasked(t, got, nil, []string{"滨江绿道", "环湖骑行道", "湖畔栈道", "物流产业园", "县创业园", "镇卫生院"})
	got = maskedText(t, []string{"滨江区投资建设滨江绿道。和县地处江淮之间，物流产业园和县创业园同步建设。"})
	checkMasked(t, got, []string{"滨江", "和县"}, nil)
}
