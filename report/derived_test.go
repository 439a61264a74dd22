package report

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"huibao/anonymize"
	"huibao/internal/leakcheck"
)

// contactSheet is a report of our own writing whose contact lines put a
// number identifier right before a word that begins with a measure word
// (村, 户, 人, 元, 辆, 栋), as contact sheets do.
const contactSheet = `关于城南镇2024年乡村振兴工作的汇报
一、工作成效
全镇带动3个村300户发展特色种植，户均增收2000元。
二、联系方式
联系人：张三  手机：13859471026  村部电话：0598-7654321
值班QQ：206157066  人工服务时间：工作日
户主身份证号：350425199001011234  户主李四
收款银行卡号：6228480012345678903  元月底前到账
统一社会信用代码：91350425MA2YXB3K1T  户籍窗口办理
服务车辆：闽G54321  辆次登记已完成
邮编：366100  人口约1200人
地址：城南镇解放路128号3栋`

// contactNumbers are the number identifiers of contactSheet.
var contactNumbers = []string{"13859471026", "0598-7654321", "7654321", "206157066", "350425199001011234", "6228480012345678903", "91350425MA2YXB3K1T", "闽G54321", "366100"}

// TestNumberIdentifiersInNoDerivedField: no field of the output — the
// quantities' values above all — carries a number identifier that the text
// shows masked, while the figures of the report stay.
func TestNumberIdentifiersInNoDerivedField(t *testing.T) {
	for _, style := range []anonymize.Style{"", "mask"} {
		rep, err := Analyze(context.Background(), "城南镇汇报.txt", []byte(contactSheet), Options{Style: style})
		if err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(rep)
		for _, id := range contactNumbers {
			for _, s := range append([]string{id}, leakcheck.DigitWindow(id)...) {
				if i := strings.Index(string(out), s); i >= 0 {
					lo, hi := max(0, i-80), min(len(out), i+len(s)+40)
					t.Errorf("style %q: output carries %q of %s: …%s…", style, s, id, out[lo:hi])
				}
			}
		}
		for _, q := range rep.Quantities {
			if q.Value == nil {
				continue
			}
			v := strconv.FormatFloat(*q.Value, 'f', -1, 64)
			for _, id := range contactNumbers {
				if len(v) >= 4 && strings.Contains(id, v) {
					t.Errorf("style %q: quantity %q has the value %s, digits of an identifier", style, q.Text, v)
				}
			}
		}
		for _, want := range []string{"3个", "300户", "2000元", "约1200人"} {
			found := false
			for _, q := range rep.Quantities {
				found = found || q.Text == want
			}
			if !found {
				t.Errorf("style %q: the figure %q was lost: %+v", style, want, rep.Quantities)
			}
		}
	}
}

// TestQuantityInsideMaskedSpanDropped: a name that holds a numeral and a
// measure word (五条岭村, 三台机械厂, 九家湾) is masked, and the figure the
// quantity stage reads inside it (五条, 三台, 九家) does not reach the output,
// not even as a value beside a masked text; figures outside names stay.
func TestQuantityInsideMaskedSpanDropped(t *testing.T) {
	pol := anonymize.DefaultPolicy()
	pol.Deny = map[anonymize.Type][]string{
		anonymize.LOCATION: {"五条岭村", "九家湾"},
		anonymize.ORG:      {"三台机械厂"},
	}
	text := "关于五条岭村产业发展的汇报\n五条岭村新修道路12公里，三台机械厂新增就业岗位80个，九家湾建成大棚40座。"
	rep, err := Analyze(context.Background(), "汇报.txt", []byte(text), Options{Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, q := range rep.Quantities {
		got[q.Text] = true
		if strings.Contains(q.Text, "〔") || q.Unit == "条" || q.Unit == "台" || q.Unit == "家" {
			t.Errorf("quantity %q (value %v %s) was read inside a masked name", q.Text, deref(q.Value), q.Unit)
		}
	}
	for _, want := range []string{"12公里", "80个", "40座"} {
		if !got[want] {
			t.Errorf("figure %q lost: %+v", want, rep.Quantities)
		}
	}
	out, _ := json.Marshal(rep)
	for _, name := range []string{"五条岭", "三台机械", "九家湾"} {
		if strings.Contains(string(out), name) {
			t.Errorf("output contains %q", name)
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestEvidenceCutFromNameMasked: a classification cue cut from inside a
// name (存在问题 of 王存在问题较多) shows no piece of it in the evidence,
// which quotes it after its kind (cue:…).
func TestEvidenceCutFromNameMasked(t *testing.T) {
	pol := anonymize.DefaultPolicy()
	pol.Deny = map[anonymize.Type][]string{anonymize.PERSON: {"王存在"}}
	text := "关于产业工作的汇报\n王存在问题较多的村蹲点，发现的问题已全部整改。"
	rep, err := Analyze(context.Background(), "汇报.txt", []byte(text), Options{Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	cued := false
	for _, p := range rep.Paragraphs {
		for _, e := range p.Evidence {
			cued = cued || strings.HasPrefix(e, "cue:")
			if strings.Contains(e, "存在") || strings.Contains(e, "王存") {
				t.Errorf("evidence %q shows part of a masked name", e)
			}
		}
	}
	if !cued {
		t.Errorf("no cue evidence at all; the test proves nothing: %+v", rep.Paragraphs)
	}
}

// TestQuantitiesReadableInMaskedText: every quantity of the output stands,
// as written, in the masked text of its paragraph — a figure is reported
// only where a reader of the de-identified text sees it, and holds no
// placeholder, so no quantity carries a piece of a masked span. Checked on our fixtures and on the
// development reports.
func TestQuantitiesReadableInMaskedText(t *testing.T) {
	docs := map[string][]byte{"contacts.txt": []byte(contactSheet)}
	leak, _ := filepath.Glob(filepath.Join("..", "testdata", "leak", "*汇报.txt"))
	dev, _ := filepath.Glob(filepath.Join(sharedDir(t), "data", "reports-dev", "docs", "*.txt"))
	if len(leak) != 1 || len(dev) < 30 {
		t.Fatalf("fixtures missing: leak %v, %d dev docs", leak, len(dev))
	}
	for _, f := range append(leak, dev...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(f)] = b
	}
	n := 0
	for name, data := range docs {
		rep, err := Analyze(context.Background(), name, data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, q := range rep.Quantities {
			n++
			if q.Paragraph < 0 || q.Paragraph >= len(rep.Paragraphs) || !strings.Contains(rep.Paragraphs[q.Paragraph].Text, q.Text) || strings.Contains(q.Text, "〔") {
				t.Errorf("%s: quantity %q (value %v %s) is not readable in its masked paragraph", name, q.Text, deref(q.Value), q.Unit)
			}
		}
	}
	if n < 300 {
		t.Errorf("only %d quantities checked", n)
	}
}
