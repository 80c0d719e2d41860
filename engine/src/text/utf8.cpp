// Stage text: UTF-8 decoding and the few Unicode tables attune needs, as data.
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace attune::text {
namespace {

// How a range of upper-case code points maps to lower case.
enum class Map : uint8_t { kAdd, kEvenPlusOne, kOddPlusOne };
struct CaseRange {
  char32_t first, last;
  Map map;
  int32_t delta;  // for kAdd
};

// Sorted by first. Covers ASCII, Latin-1 Supplement, Latin Extended-A, Greek,
// Cyrillic.
constexpr CaseRange kCaseRanges[] = {
    {0x41, 0x5A, Map::kAdd, 32},
    {0xC0, 0xD6, Map::kAdd, 32},
    {0xD8, 0xDE, Map::kAdd, 32},
    {0x100, 0x12F, Map::kEvenPlusOne, 0},
    {0x130, 0x130, Map::kAdd, 0x69 - 0x130},  // capital I with dot -> i
    {0x132, 0x137, Map::kEvenPlusOne, 0},
    {0x139, 0x148, Map::kOddPlusOne, 0},
    {0x14A, 0x177, Map::kEvenPlusOne, 0},
    {0x178, 0x178, Map::kAdd, 0xFF - 0x178},
    {0x179, 0x17E, Map::kOddPlusOne, 0},
    {0x386, 0x386, Map::kAdd, 38},
    {0x388, 0x38A, Map::kAdd, 37},
    {0x38C, 0x38C, Map::kAdd, 64},
    {0x38E, 0x38F, Map::kAdd, 63},
    {0x391, 0x3A1, Map::kAdd, 32},
    {0x3A3, 0x3AB, Map::kAdd, 32},
    {0x400, 0x40F, Map::kAdd, 80},
    {0x410, 0x42F, Map::kAdd, 32},
    {0x460, 0x481, Map::kEvenPlusOne, 0},
    {0x48A, 0x4BF, Map::kEvenPlusOne, 0},
    {0x4C0, 0x4C0, Map::kAdd, 15},
    {0x4C1, 0x4CE, Map::kOddPlusOne, 0},
    {0x4D0, 0x52F, Map::kEvenPlusOne, 0},
};

struct Range {
  char32_t first, last;
};

// Non-ASCII code points that are not part of words: symbols, punctuation,
// invisible characters, private use and specials. Sorted by first.
constexpr Range kNonWordRanges[] = {
    {0x80, 0xBF},     {0xD7, 0xD7},     {0xF7, 0xF7},       {0x2000, 0x2BFF},
    {0x2E00, 0x2E7F}, {0x3000, 0x303F}, {0xD800, 0xF8FF},   {0xFE00, 0xFE0F},
    {0xFE30, 0xFE4F}, {0xFF00, 0xFF0F}, {0xFF1A, 0xFF20},   {0xFF3B, 0xFF40},
    {0xFF5B, 0xFF65}, {0xFFE0, 0xFFFF}, {0x1F000, 0x1FAFF}, {0xE0000, 0x10FFFF},
};

constexpr Range kEmojiRanges[] = {
    {0x2300, 0x23FF},   {0x2600, 0x27BF},   {0x2B00, 0x2BFF},
    {0x1F000, 0x1F3FA}, {0x1F400, 0x1FAFF},
};

constexpr Range kEmojiModifierRanges[] = {
    {0x200D, 0x200D},   {0x20E3, 0x20E3},   {0xFE0E, 0xFE0F},
    {0x1F3FB, 0x1F3FF}, {0xE0020, 0xE007F},
};

template <typename R, size_t N>
const R* FindRange(const R (&table)[N], char32_t cp) {
  auto it =
      std::upper_bound(std::begin(table), std::end(table), cp,
                       [](char32_t c, const R& r) { return c < r.first; });
  if (it == std::begin(table)) return nullptr;
  --it;
  return cp <= it->last ? &*it : nullptr;
}

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

size_t DecodeUtf8(const char* p, const char* end, char32_t* cp) {
  const auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len;
  char32_t value, min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, value = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, value = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, value = b0 & 0x07, min = 0x10000;
  } else {
    *cp = kReplacement;
    return 1;
  }
  if (static_cast<size_t>(end - p) < len) {
    *cp = kReplacement;
    return 1;
  }
  for (size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if (!IsContinuation(b)) {
      *cp = kReplacement;
      return 1;
    }
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    *cp = kReplacement;
    return 1;
  }
  *cp = value;
  return len;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t ToLower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  const CaseRange* r = FindRange(kCaseRanges, cp);
  if (r == nullptr) return cp;
  switch (r->map) {
    case Map::kAdd:
      return static_cast<char32_t>(static_cast<int32_t>(cp) + r->delta);
    case Map::kEvenPlusOne:
      return cp % 2 == 0 ? cp + 1 : cp;
    case Map::kOddPlusOne:
      return cp % 2 == 1 ? cp + 1 : cp;
  }
  return cp;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
           (cp >= 'A' && cp <= 'Z');
  }
  return FindRange(kNonWordRanges, cp) == nullptr;
}

bool IsEmoji(char32_t cp) {
  return cp >= 0x2300 && FindRange(kEmojiRanges, cp) != nullptr;
}

bool IsEmojiModifier(char32_t cp) {
  return cp >= 0x200D && FindRange(kEmojiModifierRanges, cp) != nullptr;
}

}  // namespace attune::text
