// Stage utterance (sentences, clauses, questions); use utterance::Parse
// (parse.hpp) instead.
#ifndef ATTUNE_UTTERANCE_SEGMENT_HPP_
#define ATTUNE_UTTERANCE_SEGMENT_HPP_

#include "text/stemmer.hpp"
#include "utterance/ast.hpp"
#include "utterance/parse.hpp"

namespace attune::utterance {

// Builds u->tokens, u->clauses and u->sentences from the grammar's lexemes,
// which point into u->normalized. Punctuation ends sentences and clauses;
// clause joiners and new subjects split clauses further. Tokens beyond
// kMaxTokens are dropped.
void Segment(const ast::Lexemes& lexemes, text::Stemmer& stemmer, Utterance* u);

}  // namespace attune::utterance

#endif  // ATTUNE_UTTERANCE_SEGMENT_HPP_
