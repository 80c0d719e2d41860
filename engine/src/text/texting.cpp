// Stage text: texting forms and stretched letters, as tables. Keep these tables
// small: anything specific to relationships belongs in the rules' `rewrite`
// statements.
#include "text/texting.hpp"

#include <algorithm>
#include <iterator>

namespace attune::text {
namespace {

struct Pair {
  std::string_view from, to;
};

// Sorted by `from` (a test checks): looked up by binary search.
constexpr Pair kTexting[] = {
    {"abt", "about"},         {"atm", "at the moment"},
    {"b/c", "because"},       {"b4", "before"},
    {"bc", "because"},        {"bcuz", "because"},
    {"becuz", "because"},     {"bf", "boyfriend"},
    {"btw", "by the way"},    {"cannot", "can not"},
    {"cos", "because"},       {"coz", "because"},
    {"cuz", "because"},       {"dunno", "do not know"},
    {"esp", "especially"},    {"gf", "girlfriend"},
    {"gonna", "going to"},    {"gotta", "got to"},
    {"hes", "he is"},         {"idc", "i do not care"},
    {"idk", "i do not know"}, {"ily", "i love you"},
    {"im", "i am"},           {"imo", "in my opinion"},
    {"ive", "i have"},        {"kinda", "kind of"},
    {"lemme", "let me"},      {"n", "and"},
    {"nvm", "never mind"},    {"ofc", "of course"},
    {"omg", "oh my god"},     {"pls", "please"},
    {"plz", "please"},        {"ppl", "people"},
    {"prolly", "probably"},   {"r", "are"},
    {"rly", "really"},        {"rn", "right now"},
    {"shes", "she is"},       {"smth", "something"},
    {"sorta", "sort of"},     {"sth", "something"},
    {"tbh", "to be honest"},  {"thats", "that is"},
    {"theyre", "they are"},   {"tho", "though"},
    {"thru", "through"},      {"thx", "thanks"},
    {"ty", "thank you"},      {"u", "you"},
    {"ur", "your"},           {"w/", "with"},
    {"w/o", "without"},       {"wanna", "want to"},
    {"whats", "what is"},     {"ya", "you"},
    {"yall", "you all"},      {"youre", "you are"},
};

// Words spelt with a double letter, so that a stretched "feeeel" keeps two.
// Sorted. A word also counts if it is one of these plus a common suffix
// ("feelings").
constexpr std::string_view kDoubleLetterWords[] = {
    "all",   "been",  "book",   "call",   "cool",  "deep",  "door",  "fall",
    "feel",  "food",  "free",   "full",   "good",  "guess", "happy", "hell",
    "hmm",   "hurry", "keep",   "kiss",   "less",  "look",  "mess",  "miss",
    "mood",  "need",  "off",    "really", "see",   "seem",  "sleep", "soon",
    "sorry", "still", "stress", "stuff",  "sweet", "tell",  "too",   "week",
    "well",  "will",  "worry",  "yell",
};

static_assert(std::is_sorted(std::begin(kTexting), std::end(kTexting),
                             [](const Pair& a, const Pair& b) {
                               return a.from < b.from;
                             }));
static_assert(std::is_sorted(std::begin(kDoubleLetterWords),
                             std::end(kDoubleLetterWords)));

constexpr std::string_view kSuffixes[] = {
    "", "s", "es", "ed", "ing", "ings", "er", "ers", "y", "ly", "ness"};

bool IsDoubleLetterWord(std::string_view word) {
  for (std::string_view suffix : kSuffixes) {
    if (!word.ends_with(suffix)) continue;
    std::string_view stem = word.substr(0, word.size() - suffix.size());
    if (std::binary_search(std::begin(kDoubleLetterWords),
                           std::end(kDoubleLetterWords), stem)) {
      return true;
    }
  }
  return false;
}

bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

// Every run of three or more equal letters shortened to `keep` letters.
std::string Shorten(std::string_view word, size_t keep) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    size_t j = i + 1;
    while (j < word.size() && word[j] == word[i]) ++j;
    const size_t run = j - i;
    out.append(IsAsciiLetter(word[i]) && run >= 3 ? keep : run, word[i]);
    i = j;
  }
  return out;
}

}  // namespace

std::string_view TextingExpansion(std::string_view word) {
  auto it = std::lower_bound(
      std::begin(kTexting), std::end(kTexting), word,
      [](const Pair& p, std::string_view w) { return p.from < w; });
  return it != std::end(kTexting) && it->from == word ? it->to
                                                      : std::string_view();
}

bool IsStretched(std::string_view word) {
  size_t run = 1;
  for (size_t i = 1; i < word.size(); ++i) {
    run = word[i] == word[i - 1] ? run + 1 : 1;
    if (run >= 3 && IsAsciiLetter(word[i])) return true;
  }
  return false;
}

std::string Unstretch(std::string_view word) {
  std::string two = Shorten(word, 2);
  if (IsDoubleLetterWord(two)) return two;
  return Shorten(word, 1);
}

}  // namespace attune::text
