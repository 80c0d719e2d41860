#include "plan_choice.hpp"

#include <algorithm>
#include <array>

namespace attune {
namespace {

constexpr std::array<const char*, 7> kFollowups = {
    kFollowupMore, kFollowupWhy, kFollowupWhatToDo, kFollowupPartner,
    kFollowupSelf, kAnswerYes,   kAnswerNo};

const RespondPlan* FindPlan(const RuleSet& rules, const std::string& name) {
  for (const RespondPlan& plan : rules.plans()) {
    if (plan.name == name) return &plan;
  }
  return nullptr;
}

bool PatternHolds(const Conversation& c, const PlanCondition& cond, int turn) {
  return c.profile.Top(cond.person, turn) == cond.name;
}

bool DyadHolds(const Conversation& c, const PlanCondition& cond, int turn) {
  std::vector<std::string> dyads = c.profile.Dyads(turn);
  return std::find(dyads.begin(), dyads.end(), cond.name) != dyads.end();
}

// How strongly a plan answers this turn, or a negative number when it does not
// apply. A plan triggered by something said in this very turn beats one that
// only fits the overall profile.
int Fit(const RespondPlan& plan, const Conversation& c,
        const TurnFacts& facts) {
  if (plan.when.empty() || plan.name == kFallbackPlan) return -1;
  int fit = plan.priority;
  for (const PlanCondition& cond : plan.when) {
    switch (cond.kind) {
      case PlanCondition::Kind::kIntent:
        if (!facts.fired.count(cond.name)) return -1;
        fit += 100;
        break;
      case PlanCondition::Kind::kPattern: {
        if (!PatternHolds(c, cond, facts.turn)) return -1;
        bool fresh = std::any_of(
            facts.new_evidence.begin(), facts.new_evidence.end(),
            [&](const Evidence& e) {
              return e.person == cond.person && e.pattern == cond.name;
            });
        fit += fresh ? 40 : 0;
        break;
      }
      case PlanCondition::Kind::kDyad: {
        if (!DyadHolds(c, cond, facts.turn)) return -1;
        bool fresh =
            std::any_of(facts.new_evidence.begin(), facts.new_evidence.end(),
                        [&](const Evidence& e) {
                          return e.person == "dyad" && e.pattern == cond.name;
                        });
        // A dynamic between two people, said in this turn, is the most specific
        // reading.
        fit += fresh ? 120 : 0;
        break;
      }
    }
  }
  // Moving on keeps a conversation from circling: the plan just used yields to
  // an equal one.
  if (plan.name == c.last_plan) fit -= 5;
  return fit;
}

const RespondPlan* Best(const RuleSet& rules, const Conversation& c,
                        const TurnFacts& facts, const std::string& skip) {
  const RespondPlan* best = nullptr;
  int best_fit = -1;
  for (const RespondPlan& plan : rules.plans()) {
    if (plan.name == skip) continue;
    int fit = Fit(plan, c, facts);
    if (fit > best_fit) {
      best_fit = fit;
      best = &plan;
    }
  }
  return best;
}

// The person's leading pattern: the top one, or, when the evidence has grown
// too faint to name a top, whichever pattern has any evidence at all, so
// "what about me?" still answers about what the person said earlier.
std::optional<std::string> Leading(const Conversation& c,
                                   const std::string& person, int turn) {
  if (auto top = c.profile.Top(person, turn)) return top;
  PatternScores s = c.profile.Scores(person, turn);
  std::optional<std::string> best;
  double best_score = 0;
  for (Pattern p : kAllPatterns) {
    if (GetScore(s, p) > best_score) {
      best_score = GetScore(s, p);
      best = PatternName(p);
    }
  }
  return best;
}

const RespondPlan* PlanForPattern(const RuleSet& rules,
                                  const std::string& person,
                                  const std::optional<std::string>& pattern) {
  if (!pattern) return nullptr;
  for (const RespondPlan& plan : rules.plans()) {
    if (plan.when.size() == 1 &&
        plan.when[0].kind == PlanCondition::Kind::kPattern &&
        plan.when[0].person == person && plan.when[0].name == *pattern) {
      return &plan;
    }
  }
  return nullptr;
}

// Two leading patterns within a hair of each other, both with real evidence.
std::vector<std::string> CloseReadings(const Conversation& c, int turn) {
  PatternScores s = c.profile.Scores("self", turn);
  std::vector<std::pair<double, std::string>> ranked;
  for (Pattern p : kAllPatterns)
    ranked.emplace_back(GetScore(s, p), PatternName(p));
  std::sort(ranked.rbegin(), ranked.rend());
  if (ranked[1].first >= Profile::kTopThreshold &&
      ranked[0].first - ranked[1].first < Profile::kTopMargin) {
    return {ranked[0].second, ranked[1].second};
  }
  return {};
}

bool OnlyFollowups(const TurnFacts& facts) {
  return !facts.fired.empty() && facts.new_evidence.empty() &&
         std::all_of(
             facts.fired.begin(), facts.fired.end(),
             [](const std::string& name) { return IsFollowupIntent(name); });
}

PlanChoice Continue(const RuleSet& rules, const Conversation& c,
                    const TurnFacts& facts) {
  PlanChoice choice;
  choice.continues = true;
  const RespondPlan* last = FindPlan(rules, c.last_plan);
  const std::set<std::string>& f = facts.fired;
  const RespondPlan* own =
      PlanForPattern(rules, "self", Leading(c, "self", facts.turn));
  if (f.count(kFollowupPartner) || f.count(kFollowupSelf)) {
    // A new person in focus: reflect on them afresh.
    choice.plan = f.count(kFollowupPartner)
                      ? PlanForPattern(rules, "partner",
                                       Leading(c, "partner", facts.turn))
                      : own;
    choice.continues = false;
  } else if (f.count(kAnswerNo)) {
    choice.plan = Best(rules, c, facts, c.last_plan);
    choice.continues = false;
  } else if (f.count(kFollowupWhatToDo) || f.count(kAnswerYes)) {
    // A plan that only explains (a concept question) has no step to offer;
    // the advice for the person's own pattern does.
    choice.plan = last && !last->advise.empty() ? last : own;
    if (choice.plan == nullptr) choice.plan = last;
    choice.parts = PlanChoice::Parts::kAdvise;
  } else if (f.count(kFollowupWhy)) {
    choice.plan = last;
    choice.parts = PlanChoice::Parts::kExplain;
  } else {
    choice.plan = last;
  }
  return choice;
}

}  // namespace

bool IsFollowupIntent(const std::string& name) {
  return std::find(kFollowups.begin(), kFollowups.end(), name) !=
         kFollowups.end();
}

PlanChoice ChoosePlan(const RuleSet& rules, const Conversation& c,
                      const TurnFacts& facts) {
  if (OnlyFollowups(facts)) {
    PlanChoice choice = Continue(rules, c, facts);
    if (choice.plan) return choice;
  }
  PlanChoice choice;
  // Nothing recognised in this turn: an open question, not another reply
  // about the profile the person has already heard.
  if (facts.fired.empty()) return choice;
  choice.plan = Best(rules, c, facts, "");
  bool said_something = !facts.new_evidence.empty();
  if (said_something) {
    std::vector<std::string> close = CloseReadings(c, facts.turn);
    // A plan for a specific intent still answers; only a pattern-level reply
    // needs the person to say which reading fits.
    bool intent_specific =
        choice.plan &&
        std::any_of(choice.plan->when.begin(), choice.plan->when.end(),
                    [](const PlanCondition& w) {
                      return w.kind != PlanCondition::Kind::kPattern;
                    });
    if (!close.empty() && !intent_specific) {
      choice.plan = nullptr;
      choice.ambiguous = close;
    }
  }
  return choice;
}

}  // namespace attune
