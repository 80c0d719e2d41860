// Stage: rules language (dsl). Turns byte offsets into line:column and
// ninja-style messages.
#include "dsl/source.hpp"

#include <algorithm>

namespace attune::dsl {
namespace {

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

Location LocationOf(const SourceFile& file, size_t offset) {
  offset = std::min(offset, file.text.size());
  size_t begin = offset;
  while (begin > 0 && file.text[begin - 1] != '\n') --begin;
  Location location;
  location.file = file.name;
  location.line = 1 + static_cast<int>(std::count(
                          file.text.begin(), file.text.begin() + begin, '\n'));
  location.column = 1;
  for (size_t i = begin; i < offset; ++i) {
    if (!IsContinuationByte(file.text[i])) ++location.column;
  }
  return location;
}

LineIndex::LineIndex(const SourceFile& file) : file_(&file) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < file.text.size(); ++i) {
    if (file.text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Location LineIndex::At(size_t offset) const {
  offset = std::min(offset, file_->text.size());
  auto next =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t begin = *(next - 1);
  Location location;
  location.file = file_->name;
  location.line = static_cast<int>(next - line_starts_.begin());
  location.column = 1;
  for (size_t i = begin; i < offset; ++i) {
    if (!IsContinuationByte(file_->text[i])) ++location.column;
  }
  return location;
}

std::string FormatError(const SourceFile& file, size_t offset,
                        std::string_view message) {
  offset = std::min(offset, file.text.size());
  const Location location = LocationOf(file, offset);
  size_t begin = offset;
  while (begin > 0 && file.text[begin - 1] != '\n') --begin;
  size_t end = file.text.find('\n', begin);
  if (end == std::string::npos) end = file.text.size();
  std::string line = file.text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::string caret;
  for (size_t i = begin; i < offset; ++i) {
    if (file.text[i] == '\t') {
      caret += '\t';
    } else if (!IsContinuationByte(file.text[i])) {
      caret += ' ';
    }
  }
  std::string out = location.file + ":" + std::to_string(location.line) + ":" +
                    std::to_string(location.column) + ": ";
  out.append(message);
  out += "\n" + line + "\n" + caret + "^";
  return out;
}

}  // namespace attune::dsl
