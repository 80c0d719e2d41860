// Stage: corpus (text helpers). UTF-8 checks shared by the corpus parser, the
// query builder and the command line; use attune::corpus::Reader instead.
#ifndef ATTUNE_CORPUS_TEXT_UTIL_HPP_
#define ATTUNE_CORPUS_TEXT_UTIL_HPP_

#include <cstddef>
#include <string>
#include <string_view>

namespace attune::corpus {

// Decodes the UTF-8 sequence at s[i]. Returns its length in bytes (1-4), or 0
// when it is not valid UTF-8 (overlong, surrogate, truncated, out of range);
// *cp holds the code point only on success.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// The offset of the first byte that is not valid UTF-8 or is a control
// character (anything below U+0020 except tab, newline and carriage return;
// U+007F; U+0080-U+009F), or npos.
size_t FirstInvalidByte(std::string_view s);

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_TEXT_UTIL_HPP_
