#!/usr/bin/env bash
# wordfreq.input.sh — writes the input of the wordfreq benchmark: about
# 20 MB of deterministic text, the same bytes on every machine.
#
# Usage: bench/wordfreq.input.sh OUTPUT_FILE
#
# A vocabulary of 50000 made-up lower-case words (2 to 10 letters) is drawn
# from a Park-Miller generator (seed 7, multiplier 16807, modulus 2^31-1;
# every product stays below 2^53, so awk's doubles compute it exactly and
# mawk and gawk agree). The text then picks words with a strongly skewed,
# Zipf-like law (index = 50000 * u^4 for uniform u), 12 words to a line,
# with the occasional run of extra spaces or a tab so that the split is
# exercised, until 3,000,000 words are written. bench/run.sh runs it once
# and again only when this script changes.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 OUTPUT_FILE" >&2
  exit 1
fi

awk -v words=3000000 -v vocab=50000 'BEGIN {
  state = 7
  letters = "etaoinshrdlcumwfgypbvkjxqz"
  for (i = 0; i < vocab; i++) {
    state = (state * 16807) % 2147483647
    len = 2 + state % 9
    w = ""
    for (k = 0; k < len; k++) {
      state = (state * 16807) % 2147483647
      # Favour the frequent letters: the square of a uniform index.
      u = state / 2147483647
      w = w substr(letters, 1 + int(26 * u * u), 1)
    }
    vocabulary[i] = w
  }
  line = ""
  for (n = 1; n <= words; n++) {
    state = (state * 16807) % 2147483647
    u = state / 2147483647
    word = vocabulary[int(vocab * u * u * u * u)]
    if (line == "") line = word
    else if (state % 37 == 0) line = line "   " word
    else if (state % 53 == 0) line = line "\t" word
    else line = line " " word
    if (n % 12 == 0) { print line; line = "" }
  }
  if (line != "") print line
}' >"$1"
