// Stage utterance (X3 grammar declaration); use utterance::Parse (parse.hpp)
// instead.
#ifndef ATTUNE_UTTERANCE_GRAMMAR_HPP_
#define ATTUNE_UTTERANCE_GRAMMAR_HPP_

#include <boost/spirit/home/x3.hpp>

#include "utterance/ast.hpp"

namespace attune::utterance {
namespace grammar {

namespace x3 = boost::spirit::x3;

// text: normalised text -> the lexemes in it, in order. Matches any input
// completely (what it cannot use it skips), so a parse that stops early is a
// bug, not bad input.
struct text_class;
using text_type = x3::rule<text_class, ast::Lexemes>;
BOOST_SPIRIT_DECLARE(text_type)

}  // namespace grammar

grammar::text_type const& TextGrammar();

}  // namespace attune::utterance

#endif  // ATTUNE_UTTERANCE_GRAMMAR_HPP_
