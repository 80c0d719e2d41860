// Stage: assemble reply. Builds a reply's text from a chosen plan: the person's
// words reflected, corpus passages quoted with their source, and a question;
// use attune::Session instead.
#ifndef ATTUNE_COMPOSE_HPP_
#define ATTUNE_COMPOSE_HPP_

#include <map>
#include <string>

#include "attune/attune.hpp"
#include "conversation.hpp"
#include "plan_choice.hpp"
#include "reader.hpp"
#include "ruleset.hpp"

namespace attune {

struct ComposeInput {
  const RuleSet* rules = nullptr;
  const PlanChoice* choice = nullptr;
  std::map<std::string, std::string>
      slots;         // this turn's slots over what was said before
  std::string said;  // the person's words, for reflections
  std::vector<std::string>
      terms;  // words that rank passages by fit to the talk
};

// Writes reply->text and reply->citations, and records in `conversation` what
// was quoted and asked. A missing or failing corpus query leaves that part out;
// it never fails the turn.
void Compose(const ComposeInput& input, corpus::Reader& reader,
             Conversation& conversation, Reply* reply);

// `"passage" (Title › Section)`: how every quote appears.
std::string FormatQuote(const Citation& citation);

}  // namespace attune

#endif  // ATTUNE_COMPOSE_HPP_
