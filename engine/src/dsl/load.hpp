// Stage: rules language (dsl). Reads rule files and parses them into syntax
// trees; use attune::RuleSet::Compile (ruleset.hpp) or attune::Engine::Open
// instead.
#ifndef ATTUNE_DSL_LOAD_HPP_
#define ATTUNE_DSL_LOAD_HPP_

#include <string>
#include <vector>

#include "attune/status.hpp"
#include "dsl/ast.hpp"
#include "dsl/source.hpp"

namespace attune::dsl {

// Parses one file. A syntax error gives a kParseError status whose message is
// "FILE:LINE:COL: expected ...", the line and a caret (the first error only).
Status ParseFile(const SourceFile& file, ast::File* out);

// Every *.rules file directly in `dir`, in name order, named "DIR/NAME" with
// DIR as given. A folder without rule files is a kNotFound error.
Status ReadFolder(const std::string& dir, std::vector<SourceFile>* out);

// The rule files embedded in the library, named "rules/NAME".
std::vector<SourceFile> EmbeddedFiles();

}  // namespace attune::dsl

#endif  // ATTUNE_DSL_LOAD_HPP_
