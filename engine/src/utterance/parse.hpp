// Stage utterance (X3 parse of user text); use attune::Engine / attune::Match
// instead.
#ifndef ATTUNE_UTTERANCE_PARSE_HPP_
#define ATTUNE_UTTERANCE_PARSE_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.hpp"
#include "text/stemmer.hpp"

namespace attune::utterance {

// How a clause attaches to the one before it. The joiner word (if any) is the
// clause's first token; kComma and kSubject have no joiner token.
enum class Joiner {
  kNone,   // first clause of a sentence without a joiner word
  kComma,  // after a comma, dash or colon
  kBut,
  kAnd,  // "and" followed by a subject pronoun ("... and i need space")
  kAndThen,
  kBecause,
  kWhen,
  kWhenever,
  kAfter,
  kBefore,
  kUntil,
  kIf,
  kWhile,
  kSo,
  kThough,   // though, although
  kSubject,  // split before a new subject ("when she gets clingy | i feel
             // suffocated")
};
const char* JoinerName(
    Joiner joiner);  // "none", "comma", "but", "and", "and then", ...

enum class QuestionKind { kNone, kWhat, kWhy, kHow, kWhich, kYesNo, kOther };
const char* QuestionKindName(QuestionKind kind);  // "none", "what", "why", ...

// Words and numbers are what the matcher reads; emoji and other punctuation
// (quotes, brackets, '/', '&'...) are kept as tokens too so nothing typed is
// lost, but a matcher may skip them. Sentence and clause punctuation (. ! ? ; ,
// - : newline) is structure, never a token.
enum class TokenKind : uint8_t { kWord, kNumber, kEmoji, kPunct };

struct Token {
  std::string word;  // as in `normalized` ("a.r.e.", "3.5", "do")
  std::string stem;  // Snowball stem of word; equal to word for numbers, emoji,
                     // punctuation
  uint32_t begin = 0, end = 0;  // byte offsets into Utterance::normalized
  TokenKind kind = TokenKind::kWord;
};

struct Clause {
  uint32_t first = 0, last = 0;  // token range [first, last); the joiner word
                                 // is the first token
  int sentence = 0;              // index into Utterance::sentences
  Joiner joiner = Joiner::kNone;
};

struct Sentence {
  uint32_t first_clause = 0,
           last_clause = 0;  // clause range [first_clause, last_clause)
  QuestionKind question = QuestionKind::kNone;
};

// Every clause has at least one token and every sentence at least one clause.
struct Utterance {
  std::string normalized;
  std::vector<Token> tokens;
  std::vector<Clause> clauses;
  std::vector<Sentence> sentences;
};

// Input beyond kMaxInputBytes of raw text is ignored (cut at a character
// boundary), and tokens beyond kMaxTokens are dropped, so any input parses in
// bounded time.
inline constexpr size_t kMaxInputBytes = 64 * 1024;
inline constexpr size_t kMaxTokens = 4096;

// Normalises raw (text::Normalize), parses it with the X3 utterance grammar
// into tokens, sentences and clauses, and stems every token. Never fails: any
// input (empty, invalid UTF-8, 10 MB) gives a valid, possibly empty, Utterance.
// Linear in the input. Thread safety: reentrant; `stemmer` must not be used by
// another thread meanwhile.
Utterance Parse(std::string_view raw, const text::Rewrites& rewrites,
                text::Stemmer& stemmer);

}  // namespace attune::utterance

#endif  // ATTUNE_UTTERANCE_PARSE_HPP_
