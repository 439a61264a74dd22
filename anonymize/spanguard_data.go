package anonymize

import _ "embed"

// spanGuardData is the shipped learned guard of the span tagger
// (scripts/train-span); empty or corrupt: the hand-written guards decide.
//
//go:embed data/span_guard.bin.gz
var spanGuardData []byte
