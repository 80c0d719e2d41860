// Stage: ruleset. Warnings for `attune rules check`: rules that are valid but
// cannot matter.
#include <algorithm>

#include "ruleset_compiler.hpp"

namespace attune {
namespace {

// Intents the engine reads by name (rules/README.md, "Reserved intents:
// follow-ups").
constexpr const char* kReservedIntents[] = {
    "followup_more", "followup_why", "followup_what_to_do", "followup_partner",
    "followup_self", "answer_yes",   "answer_no",
};

std::string At(const dsl::Location& location) {
  return location.file + ":" + std::to_string(location.line) + ":" +
         std::to_string(location.column) + ": warning: ";
}

bool Contains(const std::vector<int>& ids, int id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

void RuleSetCompiler::Warn() {
  RuleSet& r = *rules_;
  const ReservedConcepts& reserved = r.reserved_;
  for (int id :
       {reserved.actor_self, reserved.actor_partner, reserved.actor_both,
        reserved.actor_other, reserved.negation}) {
    concept_used_[id] = true;
  }
  for (int id :
       {reserved.past_habit, reserved.actor_weak, reserved.neg_raise}) {
    if (id >= 0) concept_used_[id] = true;
  }
  for (size_t id = 0; id < r.concept_names_.size(); ++id) {
    if (!concept_used_[id]) {
      r.warnings_.push_back(At(r.concept_locations_[id]) + "concept ~" +
                            r.concept_names_[id] + " is never used");
    }
  }
  std::vector<bool> referred(r.intents_.size(), false);
  for (const EvidenceRule& rule : r.evidence_) {
    for (int id : rule.intent_ids) referred[id] = true;
  }
  for (const RespondPlan& plan : r.plans_) {
    for (const PlanCondition& cond : plan.when) {
      if (cond.intent_id >= 0) referred[cond.intent_id] = true;
    }
  }
  for (size_t i = 0; i < r.intents_.size(); ++i) {
    const IntentRule& intent = r.intents_[i];
    const std::string at = At(intent.location) + "intent " + intent.name;
    for (const HasCondition& has : intent.has) {
      for (int id : has.concepts) {
        if (r.concept_phrase_counts_[id] == 0) {
          r.warnings_.push_back(at + " can never fire: ~" +
                                r.concept_names_[id] + " matches nothing");
        }
        if (Contains(intent.lacks, id)) {
          r.warnings_.push_back(at +
                                " can never fire: it both has and lacks ~" +
                                r.concept_names_[id]);
        }
      }
    }
    const bool reserved_name =
        std::any_of(std::begin(kReservedIntents), std::end(kReservedIntents),
                    [&](const char* name) { return intent.name == name; });
    if (!referred[i] && intent.crisis.empty() && !reserved_name) {
      r.warnings_.push_back(
          at +
          " never matters: no evidence or respond refers to it and it "
          "has no crisis kind");
    }
  }
}

}  // namespace attune
