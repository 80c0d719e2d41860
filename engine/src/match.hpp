// Stage: match (utterance + RuleSet → concepts and intents). Use
// attune::Session::Respond or attune::Session::Analyze instead of calling this
// directly.
#ifndef ATTUNE_MATCH_HPP_
#define ATTUNE_MATCH_HPP_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ruleset.hpp"
#include "text/stemmer.hpp"
#include "utterance/parse.hpp"

namespace attune {

struct ConceptMatch {
  int concept_id = -1;
  uint32_t first = 0, last = 0;  // token range [first, last)
  int clause = 0;                // the clause of the first token
  bool negated = false;
  bool past = false;  // after a ~past_habit match in its clause ("I used to")
};

struct IntentHit {
  int intent_id = -1;
  std::string name;
  Actor actor = Actor::kNone;
  bool negated = false;
  int clause = 0;
  std::map<std::string, std::string>
      slots;           // slot -> the user's words (from the normalised text)
  std::string words;   // the words of the first `has` match
  std::string crisis;  // empty, or the intent's crisis kind
};

struct Analysis {
  utterance::Utterance utterance;
  std::vector<Actor> clause_actors;  // one per clause
  std::vector<ConceptMatch> concepts;
  std::vector<IntentHit>
      intents;  // at most one per intent and clause, in intent order
};

// Counters for tests and benchmarks.
struct MatchStats {
  uint64_t trie_steps =
      0;  // trie nodes visited; grows with the text, not with the rules
};

// Parses `text` with the rule set's rewrites and matches it. Never fails.
// Thread safety: `rules` may be shared; `stemmer` must not be used by another
// thread meanwhile.
Analysis Match(const RuleSet& rules, std::string_view text,
               text::Stemmer& stemmer);

// Matches an already parsed utterance (tests build these by hand).
Analysis MatchUtterance(const RuleSet& rules, utterance::Utterance utterance,
                        MatchStats* stats = nullptr);

}  // namespace attune

#endif  // ATTUNE_MATCH_HPP_
