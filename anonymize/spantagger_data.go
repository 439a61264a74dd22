package anonymize

import _ "embed"

// spanModelData is the shipped span tagger model (scripts/train-span).
//
//go:embed data/span_model.bin.gz
var spanModelData []byte
