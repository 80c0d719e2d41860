// Small inline rule sets shared by the ruleset and match tests.
#ifndef ATTUNE_TESTS_RULES_FIXTURE_HPP_
#define ATTUNE_TESTS_RULES_FIXTURE_HPP_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "ruleset.hpp"

namespace attune::testing {

// The reserved concepts every rule set must define.
inline const char kReservedRules[] = R"(
concept ~actor_self = i | me | my | myself ;
concept ~actor_partner = he | she | him | her | they | [my | her | his] ~partner ;
concept ~actor_both = we | us ;
concept ~actor_other = someone | people | my friend ;
concept ~negation = not | never | no longer | hardly ;
concept ~partner = wife | husband | partner | boyfriend | girlfriend ;
concept ~past_habit = (i | he | she) used to ;
concept ~actor_weak = me | him | her ;
concept ~neg_raise = think ;
)";

inline std::shared_ptr<const RuleSet> CompileOk(const std::string& rules) {
  std::shared_ptr<const RuleSet> out;
  Status s = RuleSet::Compile(
      {{"rules/base.rules", kReservedRules}, {"rules/t.rules", rules}}, &out);
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

inline std::string CompileError(const std::string& rules) {
  std::shared_ptr<const RuleSet> out;
  Status s = RuleSet::Compile(
      {{"rules/base.rules", kReservedRules}, {"rules/t.rules", rules}}, &out);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(out, nullptr);
  return s.message();
}

}  // namespace attune::testing

#endif  // ATTUNE_TESTS_RULES_FIXTURE_HPP_
