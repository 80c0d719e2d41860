#include "infer.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace attune {
namespace {

// Whom a target speaks about, given the actor of the intent it came from. A
// statement with no subject is the speaker's own ("cuddling after sex feels
// like too much").
std::vector<const char*> People(TargetWho who, Actor actor) {
  switch (who) {
    case TargetWho::kSelf:
      return {"self"};
    case TargetWho::kPartner:
      return {"partner"};
    case TargetWho::kDyad:
      // A dynamic is the couple's: "my sister is shutting me out" is none.
      if (actor == Actor::kOther) return {};
      return {"dyad"};
    case TargetWho::kActor:
      switch (actor) {
        case Actor::kSelf:
        case Actor::kNone:
          return {"self"};
        case Actor::kPartner:
          return {"partner"};
        case Actor::kBoth:
          return {"self", "partner"};
        case Actor::kOther:
          return {};
      }
  }
  return {};
}

const IntentHit* FirstHit(const std::vector<IntentHit>& hits, int intent_id) {
  for (const IntentHit& hit : hits) {
    if (hit.intent_id == intent_id) return &hit;
  }
  return nullptr;
}

std::string RuleName(const EvidenceRule& rule) {
  std::string name;
  for (const std::string& intent : rule.intents) {
    if (!name.empty()) name += " & ";
    name += intent;
  }
  return name;
}

}  // namespace

std::vector<Evidence> CollectEvidence(const RuleSet& rules,
                                      const std::vector<IntentHit>& hits,
                                      int turn) {
  std::vector<Evidence> out;
  // One rule counts once per person and pattern in a turn, however often its
  // intent fired: saying the same thing twice in one message is not twice the
  // evidence.
  std::set<std::tuple<const EvidenceRule*, std::string, std::string>> seen;
  for (const EvidenceRule& rule : rules.evidence()) {
    std::vector<const IntentHit*> parts;
    for (int id : rule.intent_ids) parts.push_back(FirstHit(hits, id));
    if (parts.empty() ||
        std::find(parts.begin(), parts.end(), nullptr) != parts.end())
      continue;
    if (std::any_of(parts.begin(), parts.end(),
                    [](const IntentHit* h) { return !h->crisis.empty(); })) {
      continue;
    }
    for (const IntentHit& hit : hits) {
      // Single-intent rules follow every clause that fired (each may have its
      // own actor); combinations speak once, through their first part.
      if (hit.intent_id != rule.intent_ids[0]) continue;
      if (rule.intent_ids.size() > 1 && &hit != parts[0]) continue;
      for (const EvidenceTarget& target : rule.targets) {
        for (const char* person : People(target.who, hit.actor)) {
          if (!seen.emplace(&rule, person, target.pattern).second) continue;
          Evidence e;
          e.rule = RuleName(rule);
          e.person = person;
          e.pattern = target.pattern;
          e.weight = target.weight;
          e.words = hit.words;
          e.turn = turn;
          out.push_back(std::move(e));
        }
      }
    }
  }
  return out;
}

}  // namespace attune
