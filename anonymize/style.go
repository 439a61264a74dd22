package anonymize

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Style is an operator: how a masked entity is written.
type Style string

// Styles.
const (
	Placeholder Style = "placeholder" // 〔人名1〕〔企业2〕, numbered per entity, consistent in the document
	Mask        Style = "mask"        // ××, the genre's own convention
	Surname     Style = "surname"     // 张某 for people (court-judgment convention); placeholder for the rest
	Redact      Style = "redact"      // removes the entity
	HMAC        Style = "hmac"        // 〔人名-3fa9c1〕, a keyed hash: the same entity gets the same tag across a corpus
)

// HMACKeyEnv and HMACKeyFileEnv name the environment variables the hmac
// style reads its key from (the key itself, or a file holding it).
const (
	HMACKeyEnv     = "HUIBAO_HMAC_KEY"
	HMACKeyFileEnv = "HUIBAO_HMAC_KEY_FILE"
)

// ParseStyle checks a style name. The hmac style also needs a key (see
// HMACKeyEnv); without one it is an error.
func ParseStyle(s string) (Style, error) {
	switch Style(s) {
	case "":
		return Placeholder, nil
	case Placeholder, Mask, Surname, Redact:
		return Style(s), nil
	case HMAC:
		if _, err := hmacKey(); err != nil {
			return "", err
		}
		return HMAC, nil
	}
	return "", fmt.Errorf("unknown style %q (want placeholder, mask, surname, redact or hmac)", s)
}

var (
	keyOnce sync.Once
	keyVal  []byte
	keyErr  error
)

// hmacKey reads the hmac key once per process.
func hmacKey() ([]byte, error) {
	keyOnce.Do(func() {
		if k := os.Getenv(HMACKeyEnv); k != "" {
			keyVal = []byte(k)
			return
		}
		if f := os.Getenv(HMACKeyFileEnv); f != "" {
			b, err := os.ReadFile(f)
			if err != nil {
				keyErr = fmt.Errorf("hmac style: cannot read the key file named by %s", HMACKeyFileEnv)
				return
			}
			keyVal = []byte(strings.TrimSpace(string(b)))
			if len(keyVal) == 0 {
				keyErr = fmt.Errorf("hmac style: the key file named by %s is empty", HMACKeyFileEnv)
			}
			return
		}
		keyErr = fmt.Errorf("hmac style needs a key: set %s or %s", HMACKeyEnv, HMACKeyFileEnv)
	})
	return keyVal, keyErr
}

var typeLabel = map[Type]string{
	PERSON: "人名", ORG: "机构", LOCATION: "地名", PHONE: "电话", EMAIL: "邮箱", QQ: "QQ号",
	ID_NUMBER: "身份证号", CREDIT_CODE: "信用代码", BANK_CARD: "银行卡号", LICENSE_PLATE: "车牌", URL: "网址",
}

func (e *entity) labelText() string {
	if e.label != "" {
		return e.label
	}
	return typeLabel[e.typ]
}

// replace writes the replacement of entity e, the n-th of its document.
// Every replacement is bracketed or made of ×, so no later stage can read
// it as words.
func (s Style) replace(e *entity, n int) string {
	switch s {
	case Mask:
		return strings.Repeat("×", max(2, min(runeLen(e.text), 4)))
	case Surname:
		if e.typ == PERSON {
			if sn := surnameOf(e.text); sn != "" {
				return sn + "某"
			}
			return "某某"
		}
	case Redact:
		return ""
	case HMAC:
		key, err := hmacKey()
		if err == nil {
			m := hmac.New(sha256.New, key)
			m.Write([]byte(string(e.typ) + "\x00" + e.text))
			return "〔" + e.labelText() + "-" + hex.EncodeToString(m.Sum(nil))[:8] + "〕"
		}
	}
	// fmt.Sprintf("〔%s%d〕", …) without its formatting machinery (speed16b:
	// one call per entity of every document)
	return "〔" + e.labelText() + strconv.Itoa(n) + "〕"
}
