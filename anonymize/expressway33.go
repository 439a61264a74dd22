package anonymize

// This file holds expressway33: named expressways are place identifiers
// and are masked (X高速, X高速公路, A至B高速公路 and their 出口, 互通, 段
// and 连接线 forms), the national trunk lines named by their end cities
// included (京港澳高速, 沪昆高速, 京台高速, 绥满高速); 高速 and 高速公路
// alone stay readable. expressways19 refused a stem of three characters
// that holds an ordinary word (全|长江高速), which took the trunk lines
// named by three province short forms with it (京|港澳高速), which
// provinceRun33 now lets through; and it read a pronoun and a level
// before 高速 (我县高速公路) as an expressway's ends, which leaks19's
// expresswayNot19 now refuses.

// provinceShorts33 are the one-character short forms of the provinces,
// municipalities and regions that name national trunk lines by their ends.
var provinceShorts33 = runeBitsOf("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台")

// provinceRun33 reports whether stem is three province short forms (京港澳,
// 京津塘 is not: 塘 is a city's): a national trunk line named by its ends,
// whatever ordinary word two of them make (港澳); expressways19 then
// takes the stem though it holds an ordinary word.
func provinceRun33(stem string) bool {
	n := 0
	for _, r := range stem {
		if !provinceShorts33.has(r) {
			return false
		}
		n++
	}
	return n == 3
}
