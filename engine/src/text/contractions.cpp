// Stage text: English contractions, as tables. Everything about contractions is
// here.
#include "text/contractions.hpp"

#include <algorithm>
#include <iterator>

namespace attune::text {
namespace {

struct Pair {
  std::string_view from, to;
};

// Whole words whose expansion no suffix rule gives.
constexpr Pair kWholeWords[] = {
    {"let's", "let us"},
    {"y'all", "you all"},
    {"ma'am", "madam"},
    {"c'mon", "come on"},
};

// The base before "n't", when it is not simply the auxiliary itself.
constexpr Pair kIrregularNegations[] = {
    {"ai", "is"},
    {"ca", "can"},
    {"sha", "shall"},
    {"wo", "will"},
};

// Auxiliaries that take "n't" (and, typed without the apostrophe, "nt").
constexpr std::string_view kNegatable[] = {
    "are", "could", "dare", "did",  "do",     "does", "had",  "has",   "have",
    "is",  "might", "must", "need", "should", "was",  "were", "would",
};

// 's after these means "is"; after anything else it is a possessive and is
// dropped.
constexpr std::string_view kIsWords[] = {
    "everybody", "everyone", "everything", "he",   "here",     "how",
    "it",        "nobody",   "nothing",    "she",  "somebody", "someone",
    "something", "that",     "there",      "this", "what",     "when",
    "where",     "who",      "why",
};

// Suffixes after the apostrophe and what they stand for ("s" is handled above).
constexpr Pair kSuffixes[] = {
    {"d", "would"}, {"ll", "will"}, {"m", "am"}, {"re", "are"}, {"ve", "have"},
};

template <size_t N>
bool Contains(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

template <size_t N>
const Pair* Find(const Pair (&table)[N], std::string_view word) {
  auto it = std::find_if(std::begin(table), std::end(table),
                         [&](const Pair& p) { return p.from == word; });
  return it == std::end(table) ? nullptr : &*it;
}

// base + "n't" or base + "nt" -> {auxiliary, "not"}.
bool ExpandNegation(std::string_view base, Contraction* out) {
  if (const Pair* irregular = Find(kIrregularNegations, base)) {
    *out = {irregular->to, "not"};
    return true;
  }
  if (!Contains(kNegatable, base)) return false;
  *out = {base, "not"};
  return true;
}

}  // namespace

bool ExpandContraction(std::string_view word, Contraction* out) {
  if (const Pair* whole = Find(kWholeWords, word)) {
    *out = {whole->to, ""};
    return true;
  }
  const size_t apostrophe = word.rfind('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0) return false;
  const std::string_view base = word.substr(0, apostrophe);
  const std::string_view suffix = word.substr(apostrophe + 1);
  if (suffix == "t" && base.size() > 1 && base.back() == 'n') {
    return ExpandNegation(base.substr(0, base.size() - 1), out);
  }
  if (suffix == "s") {
    *out = {base, Contains(kIsWords, base) ? "is" : ""};
    return true;
  }
  if (const Pair* s = Find(kSuffixes, suffix)) {
    *out = {base, s->to};
    return true;
  }
  return false;
}

bool ExpandBareNegation(std::string_view word, Contraction* out) {
  if (word.size() < 4 || !word.ends_with("nt")) return false;
  return ExpandNegation(word.substr(0, word.size() - 2), out);
}

}  // namespace attune::text
