// Stage: rules language (dsl). The one translation unit that instantiates the
// grammar.
#include "dsl/config.hpp"
#include "dsl/grammar_def.hpp"

namespace attune::dsl::parser {
BOOST_SPIRIT_INSTANTIATE(file_type, iterator_type, context_type);
}  // namespace attune::dsl::parser

namespace attune::dsl {
const parser::file_type& FileGrammar() { return parser::file; }
}  // namespace attune::dsl
