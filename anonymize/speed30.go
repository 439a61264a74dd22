package anonymize

// Speed work of the twenty-first session (speed30): every change here
// keeps what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed30_test.go compares each changed
// function with the code it replaced.

// framedNameMay30 reports false where framedNames20p's frame around a
// name of three characters surely fails, from the two characters beside it:
// before it a host word (主人, 掌柜: 人 or 柜) or a role of roleBefore19
// (roleLast19), after it 在, 等 (countTail20p) or a framed verb's first
// character (workVerbAt19). framedNames20p asked surnameAny15 (seven bit
// sets) and the stop sets at every Han character first (2.7 M
// instructions per reports-dev pass), where two bit tests tell.
// b is the character before the name, a the one after it.
func framedNameMay30(b, a rune) bool {
	return (b == '人' || b == '柜' || roleLast19.has(b)) && (a == '在' || a == '等' || framedVerbFirst19.has(a))
}
