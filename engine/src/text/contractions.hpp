// Stage text: the contraction table; use text::Normalize instead.
#ifndef ATTUNE_TEXT_CONTRACTIONS_HPP_
#define ATTUNE_TEXT_CONTRACTIONS_HPP_

#include <string_view>

namespace attune::text {

// A word split into the word(s) it stands for: "don't" -> {"do", "not"},
// "let's" ->
// {"let", "us"}, "husband's" -> {"husband", ""}. `base` may be rewritten
// further by the caller (texting forms, typos); `tail` is final. Both point
// into static tables or into the word given.
struct Contraction {
  std::string_view base;
  std::string_view tail;
};

// REQUIRES: word is lower case, without leading or trailing apostrophes.
// Returns false if word has no apostrophe or is not a contraction ("o'clock").
bool ExpandContraction(std::string_view word, Contraction* out);

// The same for the apostrophe-less negations people type: "dont", "cant",
// "wasnt".
bool ExpandBareNegation(std::string_view word, Contraction* out);

}  // namespace attune::text

#endif  // ATTUNE_TEXT_CONTRACTIONS_HPP_
