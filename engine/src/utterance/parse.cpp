// Stage utterance: the Parse façade. Normalises, runs the X3 grammar, segments.
// Any exception stays in here: free text is never an error.
#include "utterance/parse.hpp"

#include <exception>

#include "utterance/ast.hpp"
#include "utterance/config.hpp"
#include "utterance/grammar.hpp"
#include "utterance/segment.hpp"

namespace attune::utterance {
namespace {

constexpr const char* kJoinerNames[] = {
    "none",  "comma",    "but",    "and",     "and then", "because",
    "when",  "whenever", "after",  "before",  "until",    "if",
    "while", "so",       "though", "subject",
};
static_assert(std::size(kJoinerNames) ==
              static_cast<size_t>(Joiner::kSubject) + 1);

constexpr const char* kQuestionKindNames[] = {"none",  "what",   "why",  "how",
                                              "which", "yes/no", "other"};
static_assert(std::size(kQuestionKindNames) ==
              static_cast<size_t>(QuestionKind::kOther) + 1);

// Cuts raw to kMaxInputBytes without splitting a UTF-8 sequence.
std::string_view Cap(std::string_view raw) {
  if (raw.size() <= kMaxInputBytes) return raw;
  size_t size = kMaxInputBytes;
  for (int i = 0; i < 3 && size > 0 &&
                  (static_cast<unsigned char>(raw[size]) & 0xC0) == 0x80;
       ++i) {
    --size;
  }
  return raw.substr(0, size);
}

ast::Lexemes Lex(const std::string& text) {
  ast::Lexemes lexemes;
  const char* first = text.data();
  const char* const last = first + text.size();
  try {
    // The grammar matches any input completely; the loop only guards against a
    // bug in it.
    while (first != last) {
      grammar::x3::parse(first, last, TextGrammar(), lexemes);
      if (first != last) ++first;
    }
  } catch (const std::exception&) {
    // Out of memory: keep what was read.
  }
  return lexemes;
}

}  // namespace

const char* JoinerName(Joiner joiner) {
  return kJoinerNames[static_cast<size_t>(joiner)];
}

const char* QuestionKindName(QuestionKind kind) {
  return kQuestionKindNames[static_cast<size_t>(kind)];
}

Utterance Parse(std::string_view raw, const text::Rewrites& rewrites,
                text::Stemmer& stemmer) {
  Utterance u;
  u.normalized = text::Normalize(Cap(raw), rewrites);
  Segment(Lex(u.normalized), stemmer, &u);
  return u;
}

}  // namespace attune::utterance
