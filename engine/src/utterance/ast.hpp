// Stage utterance (X3 grammar AST); use utterance::Parse (parse.hpp) instead.
#ifndef ATTUNE_UTTERANCE_AST_HPP_
#define ATTUNE_UTTERANCE_AST_HPP_

#include <boost/range/iterator_range.hpp>
#include <cstdint>
#include <vector>

namespace attune::utterance::ast {

// What the grammar sees in normalised text. Words, numbers, emoji and
// punctuation become tokens; the rest is sentence and clause structure.
enum class LexemeKind : uint8_t {
  kWord,       // "feel", "a.r.e.", "dr" (of "dr."), "2am", "привет"
  kNumber,     // "3", "3.5", "10,000", "2:30"
  kEmoji,      // one emoji cluster (with its ZWJ sequence and modifiers)
  kPunct,      // any other ASCII punctuation: quotes, brackets, '/', '&', ...
  kComma,      // clause separators: ','
  kDash,       // a free-standing dash
  kColon,      //
  kStop,       // sentence ends: '.'
  kQuestion,   // a run of ?!. with a '?'
  kExclaim,    // '!' runs
  kEllipsis,   // ".." or more
  kSemicolon,  //
  kNewline,    //
};

using Range = boost::iterator_range<const char*>;

struct Lexeme {
  LexemeKind kind = LexemeKind::kWord;
  Range text;
};

using Lexemes = std::vector<Lexeme>;

}  // namespace attune::utterance::ast

#endif  // ATTUNE_UTTERANCE_AST_HPP_
