// Stage utterance (X3 grammar AST adaptation); use utterance::Parse (parse.hpp)
// instead.
#ifndef ATTUNE_UTTERANCE_AST_ADAPTED_HPP_
#define ATTUNE_UTTERANCE_AST_ADAPTED_HPP_

#include <boost/fusion/include/adapt_struct.hpp>

#include "utterance/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(attune::utterance::ast::Lexeme, kind, text)

#endif  // ATTUNE_UTTERANCE_AST_ADAPTED_HPP_
