// Stage: rules language (dsl). One rule file as text; pass these to
// attune::RuleSet::Compile.
#ifndef ATTUNE_DSL_SOURCE_HPP_
#define ATTUNE_DSL_SOURCE_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace attune::dsl {

struct SourceFile {
  std::string
      name;  // shown as-is in error messages, e.g. "rules/intents.rules"
  std::string text;
};

// A place in a source file: 1-based line, and 1-based column counted in
// characters.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

Location LocationOf(const SourceFile& file, size_t offset);

// Where each line of a file starts, so that many offsets map to locations in
// logarithmic time instead of a scan from the top of the file each.
class LineIndex {
 public:
  explicit LineIndex(const SourceFile& file);
  Location At(size_t offset) const;

 private:
  const SourceFile* file_;
  std::vector<size_t> line_starts_;
};

// The ninja-style message: "FILE:LINE:COL: MESSAGE", then the source line, then
// a caret under the column (tabs in the line are kept so the caret lines up in
// a terminal).
std::string FormatError(const SourceFile& file, size_t offset,
                        std::string_view message);

}  // namespace attune::dsl

#endif  // ATTUNE_DSL_SOURCE_HPP_
