// Stage: plan reply. Chooses which response plan answers a turn; use
// attune::Session instead.
#ifndef ATTUNE_PLAN_CHOICE_HPP_
#define ATTUNE_PLAN_CHOICE_HPP_

#include <set>
#include <string>
#include <vector>

#include "conversation.hpp"
#include "match.hpp"
#include "ruleset.hpp"

namespace attune {

// The reserved follow-up intents (rules/README.md): they continue from the last
// reply.
inline constexpr const char* kFollowupMore = "followup_more";
inline constexpr const char* kFollowupWhy = "followup_why";
inline constexpr const char* kFollowupWhatToDo = "followup_what_to_do";
inline constexpr const char* kFollowupPartner = "followup_partner";
inline constexpr const char* kFollowupSelf = "followup_self";
inline constexpr const char* kAnswerYes = "answer_yes";
inline constexpr const char* kAnswerNo = "answer_no";
// The plan used when nothing else applies (its reflect lines may use {said}).
inline constexpr const char* kFallbackPlan = "fallback";

struct PlanChoice {
  enum class Parts { kAll, kExplain, kAdvise };
  const RespondPlan* plan =
      nullptr;  // null: nothing applies (fallback or clarifying question)
  Parts parts = Parts::kAll;
  bool continues =
      false;  // a follow-up to the previous reply: no new reflection
  // When two readings of the person are close, the two patterns to ask about.
  std::vector<std::string> ambiguous;
};

struct TurnFacts {
  const Analysis* analysis = nullptr;
  std::set<std::string> fired;         // intent names fired this turn
  std::vector<Evidence> new_evidence;  // what this turn added
  int turn = 0;
};

PlanChoice ChoosePlan(const RuleSet& rules, const Conversation& conversation,
                      const TurnFacts& facts);

bool IsFollowupIntent(const std::string& name);

}  // namespace attune

#endif  // ATTUNE_PLAN_CHOICE_HPP_
