#include "text_util.hpp"

#include "text/utf8.hpp"

namespace attune::corpus {
namespace {

bool IsControl(char32_t cp) {
  return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f);
}

}  // namespace

size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const size_t len = text::DecodeUtf8(s.data() + i, s.data() + s.size(), cp);
  // text::DecodeUtf8 stands in U+FFFD for a bad byte; here a bad byte is 0.
  return (len == 1 && *cp == text::kReplacement) ? 0 : len;
}

size_t FirstInvalidByte(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) return i;
    if (IsControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace attune::corpus
