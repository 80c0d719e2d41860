// Infer: from the intents of one turn to evidence about each person.
#include "infer.hpp"

#include <gtest/gtest.h>

#include "rules_fixture.hpp"

namespace attune {
namespace {

using testing::CompileOk;

const char kRules[] = R"(
concept ~withdraw = pull away ;
concept ~abandoned = abandoned ;
concept ~die = want to die ;
intent withdraws { has ~withdraw ; }
intent feels_abandoned { has ~abandoned ; }
intent suicidal { has ~die ; crisis suicide ; }
evidence withdraws -> actor avoidant 0.5 ;
evidence feels_abandoned -> self anxious 0.4 ;
evidence withdraws & feels_abandoned -> dyad pursue_withdraw 0.8 ;
evidence suicidal -> self anxious 0.9 ;
)";

IntentHit Hit(const RuleSet& rules, const std::string& name, Actor actor,
              const std::string& crisis = "") {
  IntentHit hit;
  hit.name = name;
  hit.intent_id = rules.FindIntent(name);
  hit.actor = actor;
  hit.crisis = crisis;
  return hit;
}

double WeightFor(const std::vector<Evidence>& evidence,
                 const std::string& person, const std::string& pattern) {
  double total = 0;
  for (const Evidence& e : evidence) {
    if (e.person == person && e.pattern == pattern) total += e.weight;
  }
  return total;
}

TEST(Infer, ActorTargetFollowsWhoActs) {
  auto rules = CompileOk(kRules);
  auto partner =
      CollectEvidence(*rules, {Hit(*rules, "withdraws", Actor::kPartner)}, 1);
  EXPECT_DOUBLE_EQ(WeightFor(partner, "partner", "avoidant"), 0.5);
  EXPECT_DOUBLE_EQ(WeightFor(partner, "self", "avoidant"), 0);
  auto both =
      CollectEvidence(*rules, {Hit(*rules, "withdraws", Actor::kBoth)}, 1);
  EXPECT_DOUBLE_EQ(WeightFor(both, "self", "avoidant"), 0.5);
  EXPECT_DOUBLE_EQ(WeightFor(both, "partner", "avoidant"), 0.5);
  // A third party's behaviour says nothing about the couple.
  EXPECT_TRUE(
      CollectEvidence(*rules, {Hit(*rules, "withdraws", Actor::kOther)}, 1)
          .empty());
}

TEST(Infer, CombinationNeedsEveryPartInTheTurn) {
  auto rules = CompileOk(kRules);
  auto alone =
      CollectEvidence(*rules, {Hit(*rules, "withdraws", Actor::kPartner)}, 1);
  EXPECT_DOUBLE_EQ(WeightFor(alone, "dyad", "pursue_withdraw"), 0);
  auto together =
      CollectEvidence(*rules,
                      {Hit(*rules, "withdraws", Actor::kPartner),
                       Hit(*rules, "feels_abandoned", Actor::kSelf)},
                      1);
  EXPECT_DOUBLE_EQ(WeightFor(together, "dyad", "pursue_withdraw"), 0.8);
  EXPECT_DOUBLE_EQ(WeightFor(together, "self", "anxious"), 0.4);
}

TEST(Infer, NoDynamicWhenAThirdPartyActs) {
  auto rules = CompileOk(kRules);
  auto evidence =
      CollectEvidence(*rules,
                      {Hit(*rules, "withdraws", Actor::kOther),
                       Hit(*rules, "feels_abandoned", Actor::kSelf)},
                      1);
  EXPECT_DOUBLE_EQ(WeightFor(evidence, "dyad", "pursue_withdraw"), 0);
}

TEST(Infer, CrisisIntentsGiveNoEvidence) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(CollectEvidence(
                  *rules, {Hit(*rules, "suicidal", Actor::kSelf, "suicide")}, 1)
                  .empty());
}

TEST(Infer, SameRuleCountsOncePerTurn) {
  auto rules = CompileOk(kRules);
  auto evidence = CollectEvidence(*rules,
                                  {Hit(*rules, "withdraws", Actor::kPartner),
                                   Hit(*rules, "withdraws", Actor::kPartner)},
                                  3);
  ASSERT_EQ(evidence.size(), 1u);
  EXPECT_EQ(evidence[0].turn, 3);
}

}  // namespace
}  // namespace attune
