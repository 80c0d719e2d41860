#include "reflect.hpp"

#include <array>
#include <cctype>
#include <sstream>
#include <utility>
#include <vector>

namespace attune {
namespace {

struct Swap {
  std::string_view from, to;
};

// Pronouns, and the verbs whose form follows them after the swap.
constexpr std::array<Swap, 14> kSwaps = {{{"i", "you"},
                                          {"me", "you"},
                                          {"my", "your"},
                                          {"mine", "yours"},
                                          {"myself", "yourself"},
                                          {"you", "I"},
                                          {"your", "my"},
                                          {"yours", "mine"},
                                          {"yourself", "myself"},
                                          {"am", "are"},
                                          {"was", "were"},
                                          {"are", "am"},
                                          {"were", "was"},
                                          {"i'm", "you're"}}};

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) words.push_back(std::move(w));
  return words;
}

bool IsPronoun(std::string_view w) {
  return w == "i" || w == "you" || w == "he" || w == "she" || w == "it" ||
         w == "we" || w == "they";
}

}  // namespace

std::string SwapPerson(std::string_view normalized) {
  std::vector<std::string> words = Words(normalized);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    std::string replacement(w);
    bool is_verb = w == "am" || w == "was" || w == "are" || w == "were";
    // Verbs change only right after the pronoun they agree with ("you are" → "I
    // am"), so that "they are" stays as it is.
    bool verb_follows_swapped =
        i > 0 && (words[i - 1] == "i" || words[i - 1] == "you");
    if (!is_verb || verb_follows_swapped) {
      for (const Swap& s : kSwaps) {
        if (w == s.from) replacement = s.to;
      }
    }
    // "you" as an object reads better as "me": "he hurts you" → "he hurts me".
    if (w == "you" && i > 0 && !IsPronoun(words[i - 1]) &&
        i + 1 == words.size()) {
      replacement = "me";
    }
    if (!out.empty()) out += ' ';
    out += replacement;
  }
  return out;
}

std::optional<std::string> FillTemplate(
    std::string_view templ, const std::map<std::string, std::string>& slots) {
  std::string out;
  size_t pos = 0;
  while (pos < templ.size()) {
    size_t open = templ.find('{', pos);
    if (open == std::string_view::npos) break;
    size_t close = templ.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(templ.substr(pos, open - pos));
    auto it = slots.find(std::string(templ.substr(open + 1, close - open - 1)));
    if (it == slots.end() || it->second.empty()) return std::nullopt;
    out += SwapPerson(it->second);
    pos = close + 1;
  }
  out.append(templ.substr(pos));
  return out;
}

std::string Capitalize(std::string text) {
  if (!text.empty())
    text[0] =
        static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace attune
