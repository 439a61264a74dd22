package classify

import (
	"strings"
	"testing"
)

// TestNewsEventPerfectiveIsOther checks that a news item telling its
// event in the perfective (通过视频展示了…, 参观了…) does not make the event a
// result of work, while the figures reported in the same item stay
// achievements.
func TestNewsEventPerfectiveIsOther(t *testing.T) {
	text := `我县在成都举办文旅推介会
本报讯（记者 张三）9月12日，我县2025年文旅推介会在成都举行。来自川渝两地的150余位旅行社代表参加推介会。
在蓉期间，推介团一行还先后参观了3家文旅企业，与企业负责人就客源合作进行交流。
据介绍，今年以来，我县已接待游客320万人次，实现旅游综合收入28亿元。
推介会还通过视频展示了我县的古镇风貌和民俗文化，并设置了非遗展示区。
县文旅局和部分景区负责人参加活动。`
	r := labelOf(t, text, "通过视频展示了")
	if r.Category != Other {
		t.Errorf("video shown at the event: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "已接待游客320万人次"); r.Category != Achievement {
		t.Errorf("figures of the year: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestMembersProposalIsPlan checks that the proposals of members reported
// from a consultation meeting (有的委员建议，…; 代表们提出，应…) are plans,
// and that a member's view stating a problem that is 较为突出 stays a
// problem after them.
func TestMembersProposalIsPlan(t *testing.T) {
	text := `县政协召开养老服务专题协商会
6月18日，县政协召开专题协商会，围绕“完善农村养老服务体系”建言献策。县政协主席张三主持会议。
协商会上，委员们积极发言。有的委员建议，整合闲置村小和村部用房，建设一批农村互助幸福院，解决留守老人就近养老。
有的委员提出，应加大护理员培训力度，落实岗位补贴，稳定基层养老服务队伍。
有的委员认为，当前部分村互助幸福院建成后运营经费保障的问题较为突出，一床难求并存，推进农村养老服务还需要统筹资源。
县政协副主席和部分委员参加会议。`
	for _, p := range []string{"整合闲置村小", "应加大护理员培训力度"} {
		if r := labelOf(t, text, p); r.Category != Plan {
			t.Errorf("proposal %q: %s (%v), want plan", p, r.Category, r.Evidence)
		}
	}
	r := labelOf(t, text, "一床难求并存")
	if r.Category != Problem {
		t.Errorf("member's view of a problem: %s (%v), want problem", r.Category, r.Evidence)
	}
	// the problem is read from the phrase, not left to the token model
	// against the flow of the proposals around it
	cue := false
	for _, e := range r.Evidence {
		cue = cue || strings.HasPrefix(e, "cue:问题较为突出")
	}
	if !cue {
		t.Errorf("member's view of a problem: no cue for 问题较为突出 in %v", r.Evidence)
	}
}
