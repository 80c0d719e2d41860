// Stage: rules language (dsl). The X3 façade: the only place where the grammar
// runs and where its expectation failures are caught and turned into a Status.
#include "dsl/load.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "dsl/config.hpp"
#include "dsl/grammar.hpp"
#include "embedded/embedded.hpp"

namespace attune::dsl {
namespace {

// Where to put the caret for a failed expectation. X3 reports the end of the
// last token it accepted. A missing terminator (';' or a closing quote) is best
// shown right there (after "husband", not at the next statement on the next
// line); anything else at the next token.
size_t CaretOffset(const std::string& text, size_t where,
                   const std::string& expected) {
  const bool terminator =
      expected.rfind("';'", 0) == 0 || expected.rfind("'\"'", 0) == 0;
  size_t i = where;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (!terminator && c == '\n') {
      ++i;
    } else if (!terminator && c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

Status ParseFile(const SourceFile& file, ast::File* out) {
  namespace x3 = boost::spirit::x3;
  using parser::iterator_type;
  *out = ast::File{};
  iterator_type first = file.text.begin();
  const iterator_type last = file.text.end();
  parser::tagger_type tagger(first);
  const auto grammar =
      x3::with<x3::error_handler_tag>(std::ref(tagger))[FileGrammar()];
  try {
    if (!x3::phrase_parse(first, last, grammar, parser::skipper, *out)) {
      // The file rule ends in an expectation of end-of-input, so it cannot fail
      // quietly.
      return Status::Internal(
          FormatError(file, first - file.text.begin(), "cannot parse"));
    }
  } catch (const x3::expectation_failure<iterator_type>& failure) {
    const size_t where = failure.where() - file.text.begin();
    return Status::ParseError(
        FormatError(file, CaretOffset(file.text, where, failure.which()),
                    "expected " + failure.which()));
  }
  return Status::OK();
}

Status ReadFolder(const std::string& dir, std::vector<SourceFile>* out) {
  namespace fs = std::filesystem;
  out->clear();
  std::error_code error;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    if (it->path().extension() == ".rules" && it->is_regular_file(error)) {
      names.push_back(it->path().filename().string());
    }
  }
  if (error) return Status::IoError(dir + ": " + error.message());
  if (names.empty())
    return Status::NotFound(dir + ": no .rules files in this folder");
  std::sort(names.begin(), names.end());
  std::string prefix = dir;
  while (prefix.size() > 1 && prefix.back() == '/') prefix.pop_back();
  for (const std::string& name : names) {
    const std::string path = prefix + "/" + name;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) return Status::IoError(path + ": cannot read the file");
    out->push_back({path, text.str()});
  }
  return Status::OK();
}

std::vector<SourceFile> EmbeddedFiles() {
  std::vector<SourceFile> files;
  for (const embedded::EmbeddedFile& file : embedded::RulesFiles()) {
    files.push_back(
        {"rules/" + std::string(file.name), std::string(file.text)});
  }
  return files;
}

}  // namespace attune::dsl
