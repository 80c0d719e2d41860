#include "profile.hpp"

#include <gtest/gtest.h>

namespace attune {
namespace {

Evidence Make(const char* person, const char* pattern, double weight,
              int turn) {
  Evidence e;
  e.person = person;
  e.pattern = pattern;
  e.weight = weight;
  e.turn = turn;
  e.rule = "test";
  return e;
}

TEST(Profile, EmptyHasNoTop) {
  Profile p;
  EXPECT_FALSE(p.Top("self", 1).has_value());
  EXPECT_EQ(p.Scores("self", 1).anxious, 0);
}

TEST(Profile, OneClearStatementIsEnoughForATentativeTop) {
  Profile p;
  p.Add(Make("self", "anxious", 0.5, 1));
  EXPECT_EQ(p.Top("self", 1), "anxious");
  EXPECT_FALSE(p.Top("partner", 1).has_value());
}

TEST(Profile, AgreeingEvidenceStrengthensButStaysBelowOne) {
  Profile p;
  p.Add(Make("self", "avoidant", 0.6, 1));
  double once = p.Scores("self", 1).avoidant;
  p.Add(Make("self", "avoidant", 0.6, 1));
  double twice = p.Scores("self", 1).avoidant;
  EXPECT_GT(twice, once);
  EXPECT_LT(twice, 1.0);
}

TEST(Profile, RecentTurnsWeighMore) {
  Profile p;
  p.Add(Make("self", "anxious", 0.6, 1));
  p.Add(Make("self", "avoidant", 0.6, 4));
  EXPECT_EQ(p.Top("self", 4), "avoidant");
}

TEST(Profile, CloseReadingsHaveNoTop) {
  Profile p;
  p.Add(Make("self", "anxious", 0.5, 1));
  p.Add(Make("self", "avoidant", 0.5, 1));
  EXPECT_FALSE(p.Top("self", 1).has_value());
}

TEST(Profile, DyadsAreTrackedApart) {
  Profile p;
  p.Add(Make("dyad", "pursue_withdraw", 0.8, 1));
  EXPECT_EQ(p.Dyads(1), std::vector<std::string>{"pursue_withdraw"});
  EXPECT_FALSE(p.Top("self", 1).has_value());
}

TEST(Profile, FutureEvidenceIsIgnored) {
  Profile p;
  p.Add(Make("self", "fearful", 0.9, 3));
  EXPECT_EQ(p.Scores("self", 2).fearful, 0);
}

}  // namespace
}  // namespace attune
