// Stage: rules language (dsl). Declares the X3 grammar of a .rules file; use
// attune::RuleSet::Compile (ruleset.hpp) instead.
#ifndef ATTUNE_DSL_GRAMMAR_HPP_
#define ATTUNE_DSL_GRAMMAR_HPP_

#include <boost/spirit/home/x3.hpp>

#include "dsl/ast.hpp"

namespace attune::dsl {
namespace parser {
namespace x3 = boost::spirit::x3;
struct file_class;
using file_type = x3::rule<file_class, ast::File>;
BOOST_SPIRIT_DECLARE(file_type);
}  // namespace parser

// The whole-file rule. Parse with parser::skipper inside a context carrying a
// PositionTagger (see config.hpp); a syntax error throws
// x3::expectation_failure whose which() is the complete "expected ..." phrase
// without the word "expected".
const parser::file_type& FileGrammar();

}  // namespace attune::dsl

#endif  // ATTUNE_DSL_GRAMMAR_HPP_
