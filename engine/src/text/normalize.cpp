// Stage text: Normalize. Two linear passes: characters (decode, strip escapes
// and controls, map, lower-case, space), then words (contractions, texting,
// stretching, rewrites). Keeping them apart lets the word pass assume valid,
// clean UTF-8.
#include "text/normalize.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "text/contractions.hpp"
#include "text/texting.hpp"
#include "text/utf8.hpp"

namespace attune::text {
namespace {

struct CharMapping {
  char32_t first, last;
  std::string_view to;  // "" drops the character; " " is a space
};

// Non-ASCII characters that become ASCII or disappear. Sorted by first.
constexpr CharMapping kCharMap[] = {
    {0x60, 0x60, "'"},      {0xA0, 0xA0, " "},       {0xAB, 0xAB, "\""},
    {0xAD, 0xAD, ""},       {0xB4, 0xB4, "'"},       {0xBB, 0xBB, "\""},
    {0x2B9, 0x2B9, "'"},    {0x2BC, 0x2BC, "'"},     {0x61C, 0x61C, ""},
    {0x1680, 0x1680, " "},  {0x2000, 0x200A, " "},   {0x200B, 0x200C, ""},
    {0x200E, 0x200F, ""},   {0x2010, 0x2015, "-"},   {0x2018, 0x201B, "'"},
    {0x201C, 0x201F, "\""}, {0x2026, 0x2026, "..."}, {0x202A, 0x202E, ""},
    {0x202F, 0x202F, " "},  {0x2032, 0x2032, "'"},   {0x2033, 0x2033, "\""},
    {0x2035, 0x2035, "'"},  {0x2036, 0x2036, "\""},  {0x205F, 0x205F, " "},
    {0x2060, 0x2064, ""},   {0x2066, 0x2069, ""},    {0x2212, 0x2212, "-"},
    {0x2E3A, 0x2E3B, "-"},  {0x3000, 0x3000, " "},   {0x301D, 0x301E, "\""},
    {0xFE58, 0xFE58, "-"},  {0xFE63, 0xFE63, "-"},   {0xFEFF, 0xFEFF, ""},
};
static_assert(std::is_sorted(std::begin(kCharMap), std::end(kCharMap),
                             [](const CharMapping& a, const CharMapping& b) {
                               return a.last < b.first;
                             }));

const CharMapping* FindMapping(char32_t cp) {
  auto it = std::upper_bound(
      std::begin(kCharMap), std::end(kCharMap), cp,
      [](char32_t c, const CharMapping& m) { return c < m.first; });
  if (it == std::begin(kCharMap)) return nullptr;
  --it;
  return cp <= it->last ? &*it : nullptr;
}

// An unterminated OSC/DCS string ends here rather than swallowing the rest of
// the text.
constexpr int kMaxEscapeString = 256;

// The character pass: a small state machine for escape sequences in front of a
// mapper.
class Cleaner {
 public:
  explicit Cleaner(size_t size_hint) { out_.reserve(size_hint); }

  void Feed(char32_t cp) {
    if (!InEscape(cp)) Map(cp);
  }

  std::string Finish() {
    while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n'))
      out_.pop_back();
    return std::move(out_);
  }

 private:
  enum class Escape { kNone, kStart, kCsi, kString, kStringEnd };
  enum class Class { kNone, kWord, kEmoji, kOther };

  // Advances the escape state; true if cp belongs to an escape sequence.
  bool InEscape(char32_t cp) {
    switch (escape_) {
      case Escape::kNone:
        return false;
      case Escape::kStart:
        escape_ = cp == '[' ? Escape::kCsi : Escape::kNone;
        if (cp == ']' || cp == 'P' || cp == 'X' || cp == '^' || cp == '_')
          StartString();
        return true;
      case Escape::kCsi:
        if (cp >= 0x20 && cp <= 0x3F) return true;
        escape_ = Escape::kNone;
        return cp >= 0x40 && cp <= 0x7E;
      case Escape::kString:
        if (cp == 0x07 || cp == 0x9C) escape_ = Escape::kNone;
        if (cp == 0x1B) escape_ = Escape::kStringEnd;
        if (cp == '\n' || ++string_length_ > kMaxEscapeString) {
          escape_ = Escape::kNone;
          return false;
        }
        return true;
      case Escape::kStringEnd:
        escape_ = Escape::kNone;
        return cp == '\\';
    }
    return false;
  }

  void StartString() {
    escape_ = Escape::kString;
    string_length_ = 0;
  }

  void Map(char32_t cp) {
    if (cp == 0x1B) {
      escape_ = Escape::kStart;
    } else if (cp == 0x9B) {
      escape_ = Escape::kCsi;
    } else if (cp == 0x90 || cp == 0x98 || cp == 0x9D || cp == 0x9E ||
               cp == 0x9F) {
      StartString();
    } else if (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C ||
               cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
      Newline();
    } else if (cp == ' ' || cp == '\t') {
      pending_space_ = true;
    } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      // Other control characters carry nothing a person meant to say.
    } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
      Emit(cp - 0xFEE0);  // full-width ASCII
    } else if (const CharMapping* m =
                   (cp == 0x60 || cp >= 0xA0) ? FindMapping(cp) : nullptr) {
      if (m->to == " ") pending_space_ = true;
      for (char c : m->to == " " ? std::string_view() : m->to)
        Emit(static_cast<unsigned char>(c));
    } else {
      Emit(cp);
    }
  }

  void Emit(char32_t cp) {
    cp = ToLower(cp);
    Class c = IsEmoji(cp)      ? Class::kEmoji
              : IsWordChar(cp) ? Class::kWord
                               : Class::kOther;
    if (IsEmojiModifier(cp)) {
      if (last_ != Class::kEmoji) return;  // a stray ZWJ or variation selector
      c = Class::kEmoji;
    } else if (pending_space_ && !out_.empty() && out_.back() != '\n') {
      out_.push_back(' ');
    } else if (!pending_space_ &&
               ((c == Class::kEmoji && last_ == Class::kWord) ||
                (c == Class::kWord && last_ == Class::kEmoji))) {
      out_.push_back(' ');  // keep emoji out of words
    }
    pending_space_ = false;
    AppendUtf8(cp, &out_);
    last_ = c;
  }

  void Newline() {
    pending_space_ = false;
    last_ = Class::kNone;
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
  }

  std::string out_;
  Escape escape_ = Escape::kNone;
  int string_length_ = 0;
  bool pending_space_ = false;
  Class last_ = Class::kNone;
};

std::string CleanCharacters(std::string_view raw) {
  Cleaner cleaner(raw.size());
  const char* p = raw.data();
  const char* end = p + raw.size();
  while (p < end) {
    char32_t cp;
    p += DecodeUtf8(p, end, &cp);
    cleaner.Feed(cp);
  }
  return cleaner.Finish();
}

// The word pass: each run of word characters (with inner apostrophes) is looked
// up and replaced; everything else is copied.
class WordRewriter {
 public:
  WordRewriter(const std::string& in, const Rewrites& rewrites)
      : in_(in), rewrites_(rewrites) {
    out_.reserve(in.size() + in.size() / 4);
  }

  std::string Run() {
    size_t i = 0;
    while (i < in_.size()) {
      const size_t len = CharAt(i);
      if (!word_char_) {
        out_.append(in_, i, len);
        i += len;
        continue;
      }
      if (size_t d = DottedEnd(i);
          d > i) {  // "a.r.e.", "e.g.": names, not texting forms
        out_.append(in_, i, d - i);
        i = d;
        continue;
      }
      size_t j = WordEnd(i);
      j = SlashForm(i, j);
      EmitWord(std::string_view(in_).substr(i, j - i), true, true);
      // Only a slash form can end right before a word character ("w/him").
      if (j < in_.size() && IsWordAt(j)) out_.push_back(' ');
      i = j;
    }
    return std::move(out_);
  }

 private:
  // Decodes the character at i into cp_/word_char_; returns its length.
  size_t CharAt(size_t i) {
    const size_t len =
        DecodeUtf8(in_.data() + i, in_.data() + in_.size(), &cp_);
    word_char_ = IsWordChar(cp_);
    return len;
  }

  bool IsWordAt(size_t i) {
    CharAt(i);
    return word_char_;
  }

  size_t WordEnd(size_t i) {
    size_t j = i;
    while (j < in_.size()) {
      const size_t len = CharAt(j);
      if (word_char_) {
        j += len;
      } else if (in_[j] == '\'' && j + 1 < in_.size() && IsWordAt(j + 1)) {
        j += 1;
      } else {
        break;
      }
    }
    return j;
  }

  bool IsSingleLetterAt(size_t i) const {
    return i < in_.size() && in_[i] >= 'a' && in_[i] <= 'z' &&
           (i + 1 == in_.size() ||
            !std::isalnum(static_cast<unsigned char>(in_[i + 1])));
  }

  // The end of a run of one-letter parts joined by dots starting at i, or i if
  // none.
  size_t DottedEnd(size_t i) const {
    size_t j = i;
    int parts = 0;
    while (IsSingleLetterAt(j) && j + 1 < in_.size() && in_[j + 1] == '.')
      j += 2, ++parts;
    if (parts == 0) return i;
    if (IsSingleLetterAt(j)) j += 1, ++parts;
    return parts >= 2 ? j : i;
  }

  // "b/c", "w/o", "w/": texting forms that span a slash. Returns the end of the
  // form, or j if there is none.
  size_t SlashForm(size_t i, size_t j) {
    if (j - i > 1 || j >= in_.size() || in_[j] != '/') return j;
    size_t k = j + 1;
    while (k < in_.size() && std::isalnum(static_cast<unsigned char>(in_[k])))
      ++k;
    std::string_view view(in_);
    if (!TextingExpansion(view.substr(i, k - i)).empty()) return k;
    if (!TextingExpansion(view.substr(i, j + 1 - i)).empty()) return j + 1;
    return j;
  }

  bool Rewrite(std::string_view word) {
    if (rewrites_.empty()) return false;
    key_.assign(word);
    auto it = rewrites_.find(key_);
    if (it == rewrites_.end()) return false;
    out_ += it->second;
    return true;
  }

  // Each expansion happens at most once per word, which bounds the recursion: a
  // contraction's base is not expanded again, an unstretched word not
  // unstretched again.
  void EmitWord(std::string_view word, bool may_expand, bool may_unstretch) {
    if (Rewrite(word)) return;
    if (std::string_view t = TextingExpansion(word); !t.empty()) {
      out_ += t;
      return;
    }
    Contraction c;
    const bool has_apostrophe = word.find('\'') != std::string_view::npos;
    if (may_expand && (has_apostrophe ? ExpandContraction(word, &c)
                                      : ExpandBareNegation(word, &c))) {
      EmitWord(c.base, false, may_unstretch);
      if (!c.tail.empty()) out_.append(" ").append(c.tail);
      return;
    }
    if (may_unstretch && IsStretched(word)) {
      EmitWord(Unstretch(word), may_expand, false);
      return;
    }
    out_ += word;
  }

  const std::string& in_;
  const Rewrites& rewrites_;
  std::string out_;
  std::string key_;
  char32_t cp_ = 0;
  bool word_char_ = false;
};

}  // namespace

std::string Normalize(std::string_view raw, const Rewrites& rewrites) {
  const std::string clean = CleanCharacters(raw);
  return WordRewriter(clean, rewrites).Run();
}

}  // namespace attune::text
