// RuleSet::Compile: semantic checks with whole messages, and what the accessors
// expose.
#include <gtest/gtest.h>

#include "rules_fixture.hpp"

namespace attune {
namespace {

using testing::CompileError;
using testing::CompileOk;

TEST(RuleSetCompile, UnknownConcept) {
  EXPECT_EQ(CompileError("concept ~a = b | ~missing c ;"),
            "rules/t.rules:1:18: unknown concept ~missing\n"
            "concept ~a = b | ~missing c ;\n"
            "                 ^");
}

TEST(RuleSetCompile, Cycle) {
  EXPECT_EQ(CompileError("concept ~a = x ~b ;\nconcept ~b = y | ~a z ;"),
            "rules/t.rules:2:18: concept cycle: ~a -> ~b -> ~a\n"
            "concept ~b = y | ~a z ;\n"
            "                 ^");
}

TEST(RuleSetCompile, DuplicateConceptAcrossFiles) {
  EXPECT_EQ(CompileError("\nconcept ~partner = mate ;"),
            "rules/t.rules:2:1: concept ~partner is already defined at "
            "rules/base.rules:7\n"
            "concept ~partner = mate ;\n"
            "^");
}

TEST(RuleSetCompile, DuplicateIntent) {
  EXPECT_EQ(
      CompileError("intent x { has ~partner ; }\nintent x { has ~partner ; }"),
      "rules/t.rules:2:8: intent x is already defined at rules/t.rules:1\n"
      "intent x { has ~partner ; }\n"
      "       ^");
}

TEST(RuleSetCompile, EvidenceNamesUnknownIntent) {
  EXPECT_EQ(
      CompileError(
          "intent x { has ~partner ; }\nevidence x & y -> self anxious 0.5 ;"),
      "rules/t.rules:2:14: evidence names unknown intent 'y'\n"
      "evidence x & y -> self anxious 0.5 ;\n"
      "             ^");
}

TEST(RuleSetCompile, BadWeight) {
  EXPECT_EQ(
      CompileError(
          "intent x { has ~partner ; }\nevidence x -> self anxious 1.5 ;"),
      "rules/t.rules:2:15: weight must be greater than 0 and at most 1\n"
      "evidence x -> self anxious 1.5 ;\n"
      "              ^");
  CompileError("intent x { has ~partner ; }\nevidence x -> self anxious 0 ;");
}

TEST(RuleSetCompile, UnknownPatternAndDyad) {
  EXPECT_EQ(
      CompileError(
          "intent x { has ~partner ; }\nevidence x -> partner clingy 0.5 ;"),
      "rules/t.rules:2:23: unknown pattern 'clingy' (secure, anxious, "
      "avoidant, fearful)\n"
      "evidence x -> partner clingy 0.5 ;\n"
      "                      ^");
  EXPECT_NE(CompileError(
                "intent x { has ~partner ; }\nevidence x -> dyad anxious 0.5 ;")
                .find("unknown dyad 'anxious'"),
            std::string::npos);
}

TEST(RuleSetCompile, UnknownCrisisKind) {
  EXPECT_EQ(CompileError("intent x {\n  has ~partner ;\n  crisis sadness ;\n}"),
            "rules/t.rules:3:10: unknown crisis kind 'sadness' (suicide, "
            "self_harm, abuse, "
            "harm_to_others, minor)\n"
            "  crisis sadness ;\n"
            "         ^");
}

TEST(RuleSetCompile, ReservedConceptMissing) {
  std::shared_ptr<const RuleSet> out;
  Status s =
      RuleSet::Compile({{"rules/a.rules", "concept ~actor_self = i ;"}}, &out);
  EXPECT_EQ(
      s.message(),
      "rules/a.rules: reserved concept ~actor_partner is not defined (the "
      "engine needs "
      "~actor_self, ~actor_partner, ~actor_both, ~actor_other and ~negation)");
}

TEST(RuleSetCompile, WildcardAtTheEdge) {
  EXPECT_EQ(CompileError("concept ~a = x | [very] * much ;"),
            "rules/t.rules:1:18: '*' cannot be the first or last word of a "
            "phrase (in ~a)\n"
            "concept ~a = x | [very] * much ;\n"
            "                 ^");
}

TEST(RuleSetCompile, PhraseThatMatchesNothing) {
  EXPECT_EQ(CompileError("concept ~a = [x | y] ;"),
            "rules/t.rules:1:14: this phrase of ~a can match no words at all\n"
            "concept ~a = [x | y] ;\n"
            "             ^");
}

TEST(RuleSetCompile, ExpansionBlowupIsAClearError) {
  std::string phrase;
  for (int i = 0; i < 16; ++i)
    phrase += "[a" + std::to_string(i) + " | b" + std::to_string(i) + "] ";
  const std::string message = CompileError("concept ~a = x " + phrase + ";");
  EXPECT_NE(message.find("rules/t.rules:1:14: this phrase expands to more than "
                         "200000 phrases; "
                         "use fewer optional words and groups"),
            std::string::npos)
      << message;
}

TEST(RuleSetCompile, IntentNeedsHasAndSingleSettings) {
  EXPECT_EQ(CompileError("intent x { actor self ; }"),
            "rules/t.rules:1:8: intent x needs at least one 'has' line\n"
            "intent x { actor self ; }\n"
            "       ^");
  EXPECT_NE(
      CompileError("intent x { has ~partner ; question why ; statement ; }")
          .find("intent x already has a 'question' or 'statement' line"),
      std::string::npos);
}

TEST(RuleSetCompile, RespondChecks) {
  EXPECT_NE(CompileError("respond p { when intent nope ; }")
                .find("unknown intent 'nope'"),
            std::string::npos);
  EXPECT_NE(CompileError("respond p { when pattern anxious ; }")
                .find("'when pattern' takes self or partner and a pattern"),
            std::string::npos);
  EXPECT_NE(CompileError("respond p { when dyad pursue_withdraw ; explain "
                         "terms \"a\" terms \"b\" ; }")
                .find("'terms' is given twice in 'explain'"),
            std::string::npos);
}

TEST(RuleSetCompile, EmptyInput) {
  std::shared_ptr<const RuleSet> out;
  EXPECT_EQ(RuleSet::Compile({}, &out).code(), Status::Code::kInvalidArgument);
}

TEST(RuleSetCompile, AccessorsExposeEverything) {
  auto rules = CompileOk(R"(
rewrite hubby => husband ;
concept ~withdraw = pull away | roll over ;
concept ~sex = sex | make love ;
intent partner_withdraws {
  actor partner ; has ~withdraw ; context after ~sex ; slot behaviour = ~withdraw ;
  crisis abuse ;
  example "he pulls away after sex" ; counter "he never pulls away" ;
}
evidence partner_withdraws -> partner avoidant 0.6, dyad pursue_withdraw 0.4 ;
respond pw {
  when dyad pursue_withdraw ; when intent partner_withdraws ; when pattern partner avoidant ;
  priority 80 ;
  reflect "When {partner} {behaviour}." ; reflect "Two" ;
  explain tags anxious post-sex terms "abandonment asleep" section "Anxious Attachment" ;
  advise tags advice ;
  ask "What happens then?" ;
})");
  ASSERT_NE(rules, nullptr);
  EXPECT_EQ(rules->rewrites().at("hubby"), "husband");
  ASSERT_EQ(rules->intents().size(), 1u);
  const IntentRule& intent = rules->intents()[0];
  EXPECT_EQ(intent.name, "partner_withdraws");
  EXPECT_EQ(intent.crisis, "abuse");
  EXPECT_EQ(intent.actor, Actor::kPartner);
  EXPECT_EQ(intent.location.file, "rules/t.rules");
  EXPECT_EQ(intent.location.line, 5);
  ASSERT_EQ(intent.examples.size(), 1u);
  EXPECT_EQ(intent.counters[0].text, "he never pulls away");
  EXPECT_EQ(intent.counters[0].location.line, 8);
  ASSERT_EQ(rules->evidence().size(), 1u);
  EXPECT_EQ(rules->evidence()[0].targets[1].who, TargetWho::kDyad);
  EXPECT_EQ(rules->evidence()[0].targets[1].pattern, "pursue_withdraw");
  EXPECT_DOUBLE_EQ(rules->evidence()[0].targets[0].weight, 0.6);
  ASSERT_EQ(rules->plans().size(), 1u);
  const RespondPlan& plan = rules->plans()[0];
  EXPECT_EQ(plan.priority, 80);
  ASSERT_EQ(plan.when.size(), 3u);
  EXPECT_EQ(plan.when[1].intent_id, 0);
  EXPECT_EQ(plan.when[2].person, "partner");
  EXPECT_EQ(plan.reflect.size(), 2u);
  EXPECT_EQ(plan.explain.terms,
            (std::vector<std::string>{"abandonment", "asleep"}));
  EXPECT_EQ(plan.explain.section, "Anxious Attachment");
  EXPECT_EQ(plan.advise.tags, std::vector<std::string>{"advice"});
  EXPECT_EQ(plan.ask.size(), 1u);
  EXPECT_GE(rules->FindConcept("withdraw"), 0);
  EXPECT_EQ(rules->concept_phrase_count(rules->FindConcept("withdraw")), 2u);
}

TEST(RuleSetCompile, ConceptsMayBeUsedBeforeDefinitionInAnyFile) {
  std::shared_ptr<const RuleSet> out;
  Status s = RuleSet::Compile({{"rules/a.rules", "concept ~b = x ~later ;"},
                               {"rules/base.rules", testing::kReservedRules},
                               {"rules/c.rules", "concept ~later = y | z ;"}},
                              &out);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(out->concept_phrase_count(out->FindConcept("b")), 2u);
}

}  // namespace
}  // namespace attune
