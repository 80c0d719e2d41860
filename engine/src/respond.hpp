// Stage: respond. One whole turn: match → safety → infer → plan → compose; use
// attune::Session::Respond instead.
#ifndef ATTUNE_RESPOND_HPP_
#define ATTUNE_RESPOND_HPP_

#include <string_view>

#include "attune/attune.hpp"
#include "conversation.hpp"
#include "reader.hpp"
#include "ruleset.hpp"
#include "text/stemmer.hpp"

namespace attune {

// A turn longer than this is cut, with a note in the reply.
inline constexpr size_t kMaxTurnBytes = 16 * 1024;

struct TurnResources {
  const RuleSet& rules;
  corpus::Reader& reader;
  text::Stemmer& stemmer;
};

// Answers one turn and advances the conversation. Never fails: any text is a
// turn.
Reply RespondTurn(const TurnResources& resources, Conversation& conversation,
                  std::string_view input);

}  // namespace attune

#endif  // ATTUNE_RESPOND_HPP_
