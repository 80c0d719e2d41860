// Stage: rules language (dsl). Boost.Fusion adaptations of the syntax tree for
// the X3 grammar; use attune::RuleSet::Compile (ruleset.hpp) instead.
#ifndef ATTUNE_DSL_AST_ADAPTED_HPP_
#define ATTUNE_DSL_AST_ADAPTED_HPP_

#include <boost/fusion/include/adapt_struct.hpp>

#include "dsl/ast.hpp"

// Only structs of two or more fields are adapted: X3 mishandles single-field
// structs whose field is a container, so the grammar fills those with semantic
// actions instead.
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Rewrite, from, to)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Concept, name, phrases)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::GapRef, gap, ref)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Has, first, tail)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::ContextCond, marker, ref)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::SlotCond, name, ref)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::ExampleLine, counter, text)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Intent, name, items)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Target, who, pattern, weight)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Evidence, intents, targets)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::When, kind, args)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::TextItem, keyword, text)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::QueryPart, keyword, tags, text)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Query, keyword, parts)
BOOST_FUSION_ADAPT_STRUCT(attune::dsl::ast::Respond, name, items)

#endif  // ATTUNE_DSL_AST_ADAPTED_HPP_
