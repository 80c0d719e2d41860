#include "passage.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace attune::corpus {
namespace {

constexpr std::string_view kOpenCurly = "\xe2\x80\x9c";    // “
constexpr std::string_view kCloseCurly = "\xe2\x80\x9d";   // ”
constexpr std::string_view kRightSingle = "\xe2\x80\x99";  // ’
constexpr std::string_view kAbbreviations[] = {"e.g", "i.e", "vs",   "dr",
                                               "mr",  "mrs", "ms",   "st",
                                               "jr",  "sr",  "prof", "cf"};
constexpr size_t kMaxPassageBytes = 450;

bool At(std::string_view s, size_t i, std::string_view what) {
  return s.substr(i, what.size()) == what;
}

// [open, close] byte offsets of each quotation, paired left to right. A
// straight quote opens after a space or at the start and closes otherwise; an
// unmatched opening quote (the source has a few) is ignored so it cannot
// swallow the rest of the paragraph.
std::vector<std::pair<size_t, size_t>> QuoteSpans(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> spans;
  size_t open = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    bool curly_open = At(s, i, kOpenCurly), curly_close = At(s, i, kCloseCurly);
    if (s[i] == '"') {
      bool opening = i == 0 || s[i - 1] == ' ' || s[i - 1] == '(';
      curly_open = opening && open == std::string_view::npos;
      curly_close = !curly_open;
    }
    if (curly_open) {
      open = i;
    } else if (curly_close && open != std::string_view::npos) {
      spans.emplace_back(open, i);
      open = std::string_view::npos;
    }
  }
  return spans;
}

bool IsAbbreviation(std::string_view s, size_t dot) {
  size_t start = s.find_last_of(" (\"", dot == 0 ? 0 : dot - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string word(s.substr(start, dot - start));
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) !=
      std::end(kAbbreviations)) {
    return true;
  }
  // Initials: "A", "A.R.E".
  for (size_t i = 0; i < word.size(); i += 2) {
    if (!std::isalpha(static_cast<unsigned char>(word[i]))) return false;
    if (i + 1 < word.size() && word[i + 1] != '.') return false;
  }
  return !word.empty();
}

// After a terminator at `i`: the end of the sentence (past closers), or npos.
size_t SentenceEnd(std::string_view s, size_t i) {
  size_t j = i + 1;
  while (j < s.size() && (s[j] == '.' || s[j] == '!' || s[j] == '?')) ++j;
  for (;;) {
    if (j < s.size() &&
        (s[j] == '"' || s[j] == ')' || s[j] == ']' || s[j] == '\'')) {
      ++j;
    } else if (At(s, j, kCloseCurly) || At(s, j, kRightSingle)) {
      j += 3;
    } else {
      break;
    }
  }
  if (j >= s.size() || s[j] != ' ') return std::string_view::npos;
  size_t k = s.find_first_not_of(' ', j);
  if (k == std::string_view::npos) return std::string_view::npos;
  unsigned char next = s[k];
  bool starts = std::isupper(next) || std::isdigit(next) || next == '"' ||
                next == '(' || next >= 0x80;
  return starts ? j : std::string_view::npos;
}

std::string_view TrimSpaces(std::string_view s) {
  size_t a = s.find_first_not_of(' ');
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(' ') - a + 1);
}

size_t WordCount(std::string_view s) {
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++words;
  }
  return words;
}

}  // namespace

std::vector<std::string> SplitSentences(std::string_view s) {
  const auto spans = QuoteSpans(s);
  auto quoted = [&](size_t i, size_t end) {
    return std::any_of(spans.begin(), spans.end(), [&](const auto& span) {
      return span.first < i && span.second >= end;
    });
  };
  std::vector<std::string> sentences;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '.' && s[i] != '!' && s[i] != '?') continue;
    size_t end = SentenceEnd(s, i);
    if (end == std::string_view::npos || quoted(i, end)) continue;
    if (s[i] == '.' && IsAbbreviation(s, i)) continue;
    std::string_view sentence = TrimSpaces(s.substr(start, end - start));
    if (!sentence.empty()) sentences.emplace_back(sentence);
    start = end;
    i = end - 1;
  }
  std::string_view rest = TrimSpaces(s.substr(start));
  if (!rest.empty()) sentences.emplace_back(rest);
  // A one-word fragment ("Or:") belongs with the sentence before it.
  for (size_t i = 1; i < sentences.size();) {
    if (WordCount(sentences[i]) <= 1) {
      sentences[i - 1] += " " + sentences[i];
      sentences.erase(sentences.begin() + i);
    } else {
      ++i;
    }
  }
  return sentences;
}

namespace {

// Cuts sentences into runs of at most three, balanced, shorter when the text is
// long.
void Group(const std::vector<std::string>& sentences,
           std::vector<PassageText>* out) {
  size_t n = sentences.size(), bytes = 0;
  if (n == 0) return;
  for (const std::string& s : sentences) bytes += s.size();
  size_t chunks = std::min(
      n,
      std::max((n + 2) / 3, (bytes + kMaxPassageBytes - 1) / kMaxPassageBytes));
  size_t next = 0;
  for (size_t c = 0; c < chunks; ++c) {
    size_t size = n / chunks + (c < n % chunks ? 1 : 0);
    std::string text;
    for (size_t k = 0; k < size; ++k)
      text += (k ? " " : "") + sentences[next++];
    out->push_back(PassageText{std::move(text), true});
  }
}

}  // namespace

std::vector<PassageText> SplitPassages(const Section& section) {
  std::vector<PassageText> out;
  const auto& blocks = section.blocks;
  std::string lead_in;
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (block.kind == Block::Kind::kParagraph) {
      std::vector<std::string> sentences = SplitSentences(block.text);
      bool introduces_list = b + 1 < blocks.size() &&
                             blocks[b + 1].kind == Block::Kind::kBulletList;
      std::string last;
      if ((block.lost_list || introduces_list) && !sentences.empty()) {
        last = std::move(sentences.back());
        sentences.pop_back();
      }
      // A paragraph that is one sentence ending in ':' only introduces what
      // follows.
      bool lead_only = sentences.size() == 1 && sentences[0].back() == ':' &&
                       !introduces_list;
      Group(sentences, &out);
      if (lead_only) out.back().quotable = false;
      if (block.lost_list) out.push_back(PassageText{std::move(last), false});
      if (introduces_list) lead_in = std::move(last);
    } else if (block.kind == Block::Kind::kBulletList) {
      std::string text = std::move(lead_in);
      lead_in.clear();
      for (const std::string& item : block.items)
        text += (text.empty() ? "- " : "\n- ") + item;
      out.push_back(PassageText{std::move(text), true});
    } else {
      for (const std::string& item : block.items)
        out.push_back(PassageText{item, true});
    }
  }
  return out;
}

}  // namespace attune::corpus
