#include "query.hpp"

#include <algorithm>
#include <cctype>

#include "text_util.hpp"

namespace attune::corpus {
namespace {

// Code points that unicode61 treats as separators and that users type between
// words: Latin-1 punctuation and symbols, general punctuation through dingbats
// and arrows, CJK punctuation, variation selectors, and the emoji planes.
bool IsSeparator(char32_t cp) {
  return (cp >= 0xa0 && cp <= 0xbf) || cp == 0xd7 || cp == 0xf7 ||
         (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
         (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfff0 && cp <= 0xffff) ||
         (cp >= 0x1f000 && cp <= 0x1faff) || cp >= 0xe0000;
}

bool IsAsciiWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

std::string Quote(const std::string& word) { return "\"" + word + "\""; }

}  // namespace

std::vector<std::string> QueryWords(std::string_view text, size_t max_words) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (!word.empty() &&
        std::find(words.begin(), words.end(), word) == words.end()) {
      words.push_back(word.substr(0, kMaxWordBytes));
    }
    word.clear();
  };
  for (size_t i = 0; i < text.size() && words.size() < max_words;) {
    char32_t cp = 0;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {  // invalid UTF-8 separates words
      flush();
      ++i;
      continue;
    }
    if (len == 1 && IsAsciiWordChar(text[i])) {
      word +=
          static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    } else if (len == 1 && text[i] == '\'' && !word.empty()) {
      word += '\'';
    } else if (len > 1 && !IsSeparator(cp)) {
      word.append(text.substr(i, len));
    } else {
      flush();
    }
    i += len;
  }
  if (words.size() < max_words) flush();
  return words;
}

std::string AllOf(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + Quote(w);
  return out;
}

std::string AnyOf(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words)
    out += (out.empty() ? "" : " OR ") + Quote(w);
  return out;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
  if (static_cast<int>(a.size()) - static_cast<int>(b.size()) > limit ||
      static_cast<int>(b.size()) - static_cast<int>(a.size()) > limit) {
    return limit + 1;
  }
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      row[j] = std::min(
          {row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

}  // namespace attune::corpus
