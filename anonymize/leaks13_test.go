package anonymize

import "testing"

// TestToponymEvidence: places with no gazetteer entry, a proper or
// ordinary stem before a geographic kind, are masked when the text shows
// they are places: a street named by an ordinary word right after its
// town (…镇|胜利街), a street listed beside it before a quarter word
// (、人民路片区), a mountain before its foot (舅公山脚下).
func TestToponymEvidence(t *testing.T) {
	got := maskedText(t, []string{
		"城关镇胜利街、人民路片区加装电梯15部。",
		"白沙镇团结街新增路灯300盏。",
		"舅公山脚下的两个村建成污水处理站。",
	})
	checkMasked(t, got, []string{"胜利街", "人民路", "团结街", "舅公山"}, []string{"片区加装电梯", "新增路灯", "脚下的两个村"})
}

// TestToponymOrdinaryKept: ordinary phrases ending in a geographic kind
// stay readable: roads named by their purpose or surface, classes of
// villages and reservoirs, chief systems, a path of development.
func TestToponymOrdinaryKept(t *testing.T) {
	got := maskedText(t, []string{
		"全村新修产业路、旅游路4.2公里，致富路、小康路通到家门口。",
		"该村硬化机耕路3公里，各村都通了水泥路，农村公路和高速公路连成网。",
		"治理病险水库5座，扶持小型水库移民。",
		"全面推行河长制、林长制，落实一河一策，保护红色旧址。",
		"走出一条绿色发展之路，美丽乡村、示范村、贫困村、行政村、自然村都有变化，山区群众受益。",
		"城关镇步行街、美食街客流回升。",
	})
	checkMasked(t, got, nil, []string{"产业路", "旅游路", "致富路", "小康路", "机耕路", "各村", "水泥路", "农村公路", "高速公路",
		"病险水库", "小型水库移民", "河长制", "林长制", "一河一策", "红色旧址", "发展之路", "美丽乡村", "示范村", "贫困村", "行政村", "自然村", "山区", "步行街", "美食街"})
}
