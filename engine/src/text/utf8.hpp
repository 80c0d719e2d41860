// Stage text: UTF-8 decoding and character classes; use text::Normalize
// instead.
#ifndef ATTUNE_TEXT_UTF8_HPP_
#define ATTUNE_TEXT_UTF8_HPP_

#include <cstddef>
#include <string>

namespace attune::text {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at [p, end) (REQUIRES: p < end). Returns the number of
// bytes it used; an invalid, overlong, surrogate or truncated sequence gives
// kReplacement and 1.
size_t DecodeUtf8(const char* p, const char* end, char32_t* cp);

// Appends cp (REQUIRES: a Unicode scalar value) as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

// Simple lower-case mapping for ASCII, Latin-1 Supplement, Latin Extended-A,
// Greek and Cyrillic; other code points are returned unchanged.
char32_t ToLower(char32_t cp);

// Letters and digits of any script, and combining marks (which continue a
// word).
bool IsWordChar(char32_t cp);
// Starts an emoji: pictographs, dingbats, regional indicators.
bool IsEmoji(char32_t cp);
// Continues an emoji cluster: ZWJ, variation selectors, skin tones, keycap,
// tags.
bool IsEmojiModifier(char32_t cp);

}  // namespace attune::text

#endif  // ATTUNE_TEXT_UTF8_HPP_
