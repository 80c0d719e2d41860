// Stage: rules language (dsl). The iterator, skipper and context types the
// grammar is instantiated with; use attune::RuleSet::Compile (ruleset.hpp)
// instead.
#ifndef ATTUNE_DSL_CONFIG_HPP_
#define ATTUNE_DSL_CONFIG_HPP_

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>
#include <functional>
#include <string>

#include "dsl/error_handler.hpp"

namespace attune::dsl::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = std::string::const_iterator;

// Whitespace and '#' comments between tokens.
using skipper_type =
    decltype(x3::ascii::space |
             x3::lexeme['#' >> *(x3::standard::char_ - x3::eol)]);
inline const skipper_type skipper =
    x3::ascii::space | x3::lexeme['#' >> *(x3::standard::char_ - x3::eol)];

using tagger_type = PositionTagger<iterator_type>;
using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type =
    x3::context<x3::error_handler_tag, std::reference_wrapper<tagger_type>,
                phrase_context_type>;

}  // namespace attune::dsl::parser

#endif  // ATTUNE_DSL_CONFIG_HPP_
