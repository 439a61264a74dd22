package anonymize

import (
	"strings"
	"unicode/utf8"
)

// late20k.go: ordinary phrases of this session's late round read as names,
// by class:
//
//   - a bare zone kind from the gazetteer (化工园区, 临空经济区): the
//     division list holds a few areas named by their function alone; where
//     such an entry is only a generic stem (zoneGeneric21, or a function of
//     industry or transport) and a zone's kind, it names every such zone.
//   - a feeling of the public read as a person (群众|安全感, 获得感): a
//     person of three characters that is an ordinary two-character word and
//     感 is the policy term of what people feel, no given name.
//   - a fruit tree read as a county's short form (一棵棵老|梨树, 古|梨树1万株):
//     a gazetteer short form ending in 树 after an age or a tree's measure
//     word, or before a tree's count or its nursery (梨树|良种繁育基地), is
//     the tree.
//   - a post in a table's column (文屏镇  网格长  甲乙丙): a list item that
//     ends in a post's head (…员, 网格长, 组长) is the post the row's person
//     holds, no place.
//   - a direction-swap slogan (“北鲍南养”, “南菜北运”): four characters in
//     quotes or between stops whose first and third are opposite
//     directions are a programme's slogan; a name read inside it is none.
//   - a way of doing read as a road (武术|套路, 发展|思路): a toponym whose
//     last two characters are one of pathWords33 (套路, 销路) is no road.
//   - a national designation read as an old site (列入|国家考古遗址公园): an
//     old-work site that opens with 国家, 世界 or 全国 is the title's kind.
//   - a designation run into the place it is given to (世界|地质公园张家界):
//     a name run that opens with a designation's kind is cut to the place.
//   - a village of its standing (空壳村、薄弱村): words that rate a village
//     (薄弱村, 软弱涣散村) join villageKindWords, so no list or toponym
//     reader takes them as a village's name.

// zoneKinds20k are the kinds of a development or industrial zone.
var zoneKinds20k = []string{"经济开发区", "经济技术开发区", "高新技术产业开发区", "开发区", "经济区", "产业园区", "工业园区", "园区", "工业园", "产业园", "工业区", "产业区", "示范区", "集聚区", "保税区"}

// zoneFunctions20k are the functions a zone is named by besides
// zoneGeneric21's (化工园区, 空港经济区).
var zoneFunctions20k = wordSet(`化工 石化 精细化工 煤化工 盐化工 空港 航空港 临空 临港 港口 口岸 综合保税 保税 边境 边境经济合作 跨境 物流 高新 高新技术 经济技术 循环经济 生态工业`)

// feelingStems20k are what a feeling of the public is of (安全|感).
var feelingStems20k = wordSet(`安全 幸福 获得 归属 认同 荣誉 责任 使命 紧迫 成就 参与 满足 自豪 危机 忧患 仪式 存在 体验 舒适 信任 尊严 价值`)

// treeAges20k stand before a tree and say its age (老|梨树, 百年|梨树).
var treeAges20k = []string{"老", "古", "百年", "千年", "棵", "株", "颗"}

// treeCounts20k follow a tree (梨树|1.1万株) or what a tree does (压弯).
// or its nursery (梨树|良种繁育基地).
var treeCounts20k = []string{"株", "棵", "压弯", "开花", "挂果", "结果", "良种", "苗木", "种苗", "苗圃", "嫁接"}

// postHeads20k end a post's name of 长 (网格长, 河长); a list item ending
// in 员 (网格员, 护林员) is a post whatever its stem.
var postHeads20k = []string{"格长", "组长", "队长", "河长", "湖长", "林长", "田长", "路长", "街长", "巷长", "楼长", "站长", "所长", "社长", "校长", "院长", "馆长", "书记", "主任", "专干", "协管"}

// villageStandings20k rate a village (薄弱村), like 空壳村 and 强村.
const villageStandings20k = `薄弱村 经济薄弱村 集体经济薄弱村 软弱村 涣散村 软弱涣散村 弱村 落后村 难点村 问题村 小康村 富裕村 亿元村 千万元村 百万元村 十万元村 消薄村`

// villageStanding20k holds villageStandings20k, dropped where a reader
// that asks no kind list (toponym's list sibling) took one as a village.
var villageStanding20k = wordSet(villageStandings20k)

func init() {
	for _, w := range strings.Fields(villageStandings20k) {
		villageKindWords[w] = true
	}
}

// designations20k are the titles a place is given, which stand before
// the place in an apposition (世界地质公园|张家界).
var designations20k = []string{"地质公园", "森林公园", "湿地公园", "自然遗产", "文化遗产", "风景名胜区", "自然保护区", "历史文化名城", "旅游城市", "文明城市", "卫生城市"}

// late20k drops, from one paragraph's findings, the ordinary phrases of
// the classes above.
func late20k(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	return keepEach33(tt, fs, func(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
		switch f.Type {
		case LOCATION:
			if villageStanding20k[f.Text] {
				return f, true
			}
			if strings.HasPrefix(f.Evidence, "gazetteer") && bareZone20k(f.Text) && !namedBefore20k(tt, f) {
				return f, true
			}
			if strings.HasPrefix(f.Evidence, "gazetteer-short") && treeReading20k(tt, f) {
				return f, true
			}
			if strings.HasPrefix(f.Evidence, "toponym") && firstSuffix(f.Text, pathWords33) != "" {
				return f, true
			}
			if f.Evidence == "old-work-site21" && (strings.HasPrefix(f.Text, "国家") || strings.HasPrefix(f.Text, "世界") || strings.HasPrefix(f.Text, "全国")) {
				return f, true
			}
			if strings.Contains(f.Evidence, "name-run") {
				if d := firstPrefix(f.Text, designations20k); d != "" && len(d) < len(f.Text) {
					f.Text, f.Start = f.Text[len(d):], f.Start+len(d)
					return f, false
				}
			}
		case PERSON:
			if feeling20k(f.Text) {
				return f, true
			}
		}
		if swapSlogan20k(tt, f) {
			return f, true
		}
		return f, false
	})
}

// oppositeDirections20k pairs each direction with its opposite.
var oppositeDirections20k = map[rune]rune{'东': '西', '西': '东', '南': '北', '北': '南'}

// swapSlogan20k reports a finding inside, and shorter than, a four-character
// slogan of opposite directions (“北鲍南养”: 鲍南养) standing alone between
// quotes or stops.
func swapSlogan20k(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	for a := max(0, e-4); a <= s && a+4 <= len(tt.runes); a++ {
		if a+4 < e || a == s && e == a+4 {
			continue
		}
		if o, ok := oppositeDirections20k[tt.runes[a]]; !ok || tt.runes[a+2] != o {
			continue
		}
		if sloganEdge20k(tt, a-1) && sloganEdge20k(tt, a+4) {
			return true
		}
	}
	return false
}

// sloganEdge20k reports a quote or stop at rune i (or the text's edge).
func sloganEdge20k(tt *tokText, i int) bool {
	return i < 0 || i >= len(tt.runes) || strings.ContainsRune("“”‘’\"「」『』、，。；：！？（）", tt.runes[i])
}

// bareZone20k reports a zone named by a generic stem and its kind alone
// (化工园区, 临空经济区).
func bareZone20k(s string) bool {
	for _, k := range zoneKinds20k {
		if stem, ok := strings.CutSuffix(s, k); ok && stem != "" {
			return zoneGeneric21[stem] || zoneFunctions20k[stem]
		}
	}
	return false
}

// feeling20k reports a feeling of the public (安全感, 获得感).
func feeling20k(s string) bool {
	stem, ok := strings.CutSuffix(s, "感")
	return ok && utf8.RuneCountInString(stem) == 2 && feelingStems20k[stem]
}

// treeReading20k reports a short form ending in 树 that stands as a tree:
// after its age or a measure word, or before a count of trees.
func treeReading20k(tt *tokText, f Finding) bool {
	if !strings.HasSuffix(f.Text, "树") {
		return false
	}
	before, after := tt.text[:f.Start], tt.text[f.End:]
	if firstSuffix(before, treeAges20k) != "" {
		return true
	}
	after = strings.TrimLeft(after, "0123456789.万千百余多")
	return firstPrefix(after, treeCounts20k) != ""
}

// postCell20k reports a list item that is a post (网格员, 网格长).
func postCell20k(f Finding) bool {
	if f.Evidence != "list-item" || utf8.RuneCountInString(f.Text) < 3 {
		return false
	}
	if strings.HasSuffix(f.Text, "员") {
		return true
	}
	return firstSuffix(f.Text, postHeads20k) != ""
}

// zoneLeads20k may stand right before a bare zone kind without naming it:
// a preposition or determiner (以|化工园区, 全市|化工园区) or the end of
// a division or facility's kind (…镇|化工园区, …机场|临空经济区).
var zoneLeads20k = runeBitsOf("以和与及或在对于的是个各全本该入进到至向关将把从镇乡县市区村场港州旗盟")

// namedBefore20k reports a bare zone kind glued to a Han stem of no
// leading word (新碧|工业园区, 海口|综合保税区): the stem is the zone's
// name and the kind stays masked with it.
func namedBefore20k(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	if s <= 0 {
		return false
	}
	r := tt.runes[s-1]
	return isHan(r) && !zoneLeads20k.has(r)
}
