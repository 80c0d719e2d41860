// Match: concepts, actors, negation, context, has/lacks forms and slots, on
// hand-built utterances so these tests do not depend on the utterance parser's
// clause splitting.
#include "match.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "rules_fixture.hpp"

namespace attune {
namespace {

using testing::CompileOk;
using utterance::QuestionKind;

// "a b | c d" is one sentence of two clauses; several strings are several
// sentences.
utterance::Utterance Build(const std::vector<std::string>& sentences,
                           QuestionKind question = QuestionKind::kNone) {
  text::Stemmer stemmer;
  utterance::Utterance u;
  for (const std::string& sentence_text : sentences) {
    utterance::Sentence sentence;
    sentence.first_clause = u.clauses.size();
    sentence.question = question;
    utterance::Clause clause;
    clause.first = u.tokens.size();
    clause.sentence = u.sentences.size();
    std::istringstream in(sentence_text);
    for (std::string word; in >> word;) {
      if (word == "|") {
        clause.last = u.tokens.size();
        u.clauses.push_back(clause);
        clause.first = u.tokens.size();
        continue;
      }
      if (!u.normalized.empty()) u.normalized += ' ';
      utterance::Token token;
      token.word = word;
      token.stem = stemmer.Stem(word);
      token.begin = u.normalized.size();
      u.normalized += word;
      token.end = u.normalized.size();
      u.tokens.push_back(token);
    }
    clause.last = u.tokens.size();
    u.clauses.push_back(clause);
    sentence.last_clause = u.clauses.size();
    u.sentences.push_back(sentence);
  }
  return u;
}

std::vector<std::string> Fired(const Analysis& a) {
  std::vector<std::string> names;
  for (const IntentHit& hit : a.intents) names.push_back(hit.name);
  return names;
}

bool FiredIntent(const RuleSet& rules,
                 const std::vector<std::string>& sentences,
                 const std::string& name,
                 QuestionKind q = QuestionKind::kNone) {
  const Analysis a = MatchUtterance(rules, Build(sentences, q));
  for (const IntentHit& hit : a.intents) {
    if (hit.name == name) return true;
  }
  return false;
}

const char kRules[] = R"(
concept ~withdraw = pull away | roll over | [go to | fall] asleep | check (his | her) phone ;
concept ~sex = sex | make love | [are] intimate ;
concept ~safe = safe ;
concept ~anxious = anxious ;
concept ~cuddle = cuddle ;
concept ~hold = hold me ;
concept ~want = want | need ;
concept ~space = space ;
concept ~figurative = metaphorically ;
concept ~what_is = what is ;
concept ~die = do not want to live ;
concept ~cut = cut myself ;
concept ~ruined = ruined ;
concept ~loves = loves me ;
intent ruined { has ~ruined ; }
intent loved_not { negated ; has ~loves ; }
intent safe_and_cuddles { has ~safe ; has ~cuddle ; scope sentence ; }
intent cuts { has ~cut ; crisis self_harm ; }
concept ~hug = give * a hug ;
intent withdraws { has ~withdraw ; slot behaviour = ~withdraw ; slot who = ~partner ; }
intent partner_withdraws_after_sex {
  actor partner ; has ~withdraw ; context after ~sex ; slot behaviour = ~withdraw ;
}
intent not_safe { negated ; has ~safe ; }
intent no_cuddles { actor partner ; negated ; has ~cuddle ; }
intent cuddles { has ~cuddle ; }
intent anxious_any { polarity any ; has ~anxious ; }
intent needs_hold { actor self ; has ~hold ; }
intent wants_space { has ~want ..2 ~space ; lacks ~figurative ; }
intent space_and_want { has ~space & ~want ; }
intent sentence_scope { scope sentence ; has ~sex ; has ~withdraw ; }
intent asks_what { question what ; has ~what_is ; }
intent says { statement ; has ~what_is ; }
intent suicidal { has ~die ; crisis suicide ; }
intent hug { has ~hug ; slot hug = ~hug ; }
concept ~threat = afraid i will hurt her ;
concept ~feelings = feelings ;
intent threat { has ~threat ; lacks ~feelings ; }
)";

TEST(Match, ActorIsTheLongestEarliestMatch) {
  auto rules = CompileOk(kRules);
  Analysis a = MatchUtterance(*rules, Build({"my wife falls asleep"}));
  ASSERT_EQ(a.clause_actors.size(), 1u);
  EXPECT_EQ(a.clause_actors[0], Actor::kPartner);
  a = MatchUtterance(*rules, Build({"i need her to hold me"}));
  EXPECT_EQ(a.clause_actors[0], Actor::kSelf);
  EXPECT_EQ(Fired(a), std::vector<std::string>{"needs_hold"});
  a = MatchUtterance(*rules, Build({"we argue"}));
  EXPECT_EQ(a.clause_actors[0], Actor::kBoth);
}

TEST(Match, ActorIsInheritedWithinASentenceOnly) {
  auto rules = CompileOk(kRules);
  Analysis a = MatchUtterance(
      *rules, Build({"he gets home | and goes quiet", "then nothing"}));
  ASSERT_EQ(a.clause_actors.size(), 3u);
  EXPECT_EQ(a.clause_actors[1], Actor::kPartner);
  // A sentence that names nobody is the speaker's own ("so needy today").
  EXPECT_EQ(a.clause_actors[2], Actor::kSelf);
}

TEST(Match, ThirdPartyYieldsTheActorToTheCouple) {
  auto rules = CompileOk(kRules);
  Analysis a =
      MatchUtterance(*rules, Build({"people say he goes quiet", "people say so",
                                    "my friend goes quiet"}));
  ASSERT_EQ(a.clause_actors.size(), 3u);
  EXPECT_EQ(a.clause_actors[0], Actor::kPartner);
  EXPECT_EQ(a.clause_actors[1], Actor::kOther);
  // "my friend" is one third party, not "my" (self) followed by a word.
  EXPECT_EQ(a.clause_actors[2], Actor::kOther);
}

TEST(Match, NegationStopsAtTheNextSubject) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(
      FiredIntent(*rules, {"if he does not call my day is ruined"}, "ruined"));
  // An object pronoun is no new subject.
  EXPECT_FALSE(FiredIntent(*rules, {"i do not want him ruined"}, "ruined"));
  // A negation-raising verb carries it on.
  EXPECT_TRUE(FiredIntent(*rules, {"i do not think he loves me"}, "loved_not"));
}

TEST(Match, LaterHasConditionsMustBeAffirmedToo) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(
      FiredIntent(*rules, {"i feel safe and we cuddle"}, "safe_and_cuddles"));
  EXPECT_FALSE(FiredIntent(*rules, {"i feel safe | but we never cuddle"},
                           "safe_and_cuddles"));
}

TEST(Match, ObjectPronounGivesWayToTheSubject) {
  auto rules = CompileOk(kRules);
  Analysis a = MatchUtterance(
      *rules, Build({"i wonder | if it will make her stay", "him again"}));
  ASSERT_EQ(a.clause_actors.size(), 3u);
  EXPECT_EQ(a.clause_actors[1], Actor::kSelf);     // from the clause before
  EXPECT_EQ(a.clause_actors[2], Actor::kPartner);  // nothing else to take
}

TEST(Match, PastHabitSilencesPatternsButNotSafety) {
  auto rules = CompileOk(kRules);
  EXPECT_FALSE(FiredIntent(*rules, {"i used to feel anxious"}, "anxious_any"));
  EXPECT_TRUE(FiredIntent(*rules, {"i used to cut myself"}, "cuts"));
  // Only in its own clause.
  EXPECT_TRUE(
      FiredIntent(*rules, {"i used to | now i am anxious"}, "anxious_any"));
}

TEST(Match, NegationScope) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(FiredIntent(*rules, {"i do not feel safe"}, "not_safe"));
  EXPECT_FALSE(FiredIntent(*rules, {"i feel safe"}, "not_safe"));
  EXPECT_TRUE(FiredIntent(*rules, {"he never cuddles"}, "no_cuddles"));
  EXPECT_FALSE(FiredIntent(*rules, {"he never cuddles"}, "cuddles"));
  EXPECT_TRUE(FiredIntent(*rules, {"he hardly cuddles me"}, "no_cuddles"));
  EXPECT_TRUE(FiredIntent(*rules, {"he no longer cuddles"}, "no_cuddles"));
  // The negation belongs to another clause.
  EXPECT_FALSE(
      FiredIntent(*rules, {"i am not sure | but he cuddles"}, "no_cuddles"));
  EXPECT_TRUE(
      FiredIntent(*rules, {"i am not sure | but he cuddles"}, "cuddles"));
  const Analysis a = MatchUtterance(*rules, Build({"not anxious"}));
  ASSERT_EQ(a.intents.size(), 1u);
  EXPECT_TRUE(a.intents[0].negated);
}

TEST(Match, NegationInsideTheMatchDoesNotNegateIt) {
  auto rules = CompileOk(kRules);
  const Analysis a = MatchUtterance(*rules, Build({"i do not want to live"}));
  ASSERT_EQ(Fired(a), std::vector<std::string>{"suicidal"});
  EXPECT_FALSE(a.intents[0].negated);
  EXPECT_EQ(a.intents[0].crisis, "suicide");
  EXPECT_EQ(a.intents[0].words, "do not want to live");
}

TEST(Match, StemmingCoversWordForms) {
  auto rules = CompileOk(kRules);
  for (const char* text :
       {"he pulls away", "he pulled away", "he is pulling away"}) {
    EXPECT_TRUE(FiredIntent(*rules, {text}, "withdraws")) << text;
  }
}

TEST(Match, ContextBeforeOrAfterTheBehaviour) {
  auto rules = CompileOk(kRules);
  const Analysis a =
      MatchUtterance(*rules, Build({"after sex my husband rolls over"}));
  ASSERT_TRUE(FiredIntent(*rules, {"after sex my husband rolls over"},
                          "partner_withdraws_after_sex"));
  EXPECT_TRUE(FiredIntent(
      *rules, {"she checks her phone | right after we are intimate"},
      "partner_withdraws_after_sex"));
  EXPECT_TRUE(FiredIntent(*rules, {"she falls asleep | after we make love"},
                          "partner_withdraws_after_sex"));
  EXPECT_FALSE(FiredIntent(*rules, {"she falls asleep | before sex"},
                           "partner_withdraws_after_sex"));
  EXPECT_FALSE(FiredIntent(*rules, {"she falls asleep", "after sex we talk"},
                           "partner_withdraws_after_sex"));
  // More than four words between the marker and the concept.
  EXPECT_FALSE(FiredIntent(
      *rules, {"she falls asleep | after a long day of work and sex"},
      "partner_withdraws_after_sex"));
  (void)a;
}

TEST(Match, OrderedGapAnyOrderAndLacks) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(FiredIntent(*rules, {"i need space"}, "wants_space"));
  EXPECT_TRUE(FiredIntent(*rules, {"i need some more space"}, "wants_space"));
  EXPECT_FALSE(FiredIntent(*rules, {"i need a lot more space"}, "wants_space"));
  EXPECT_FALSE(FiredIntent(*rules, {"space is what i need"}, "wants_space"));
  EXPECT_TRUE(FiredIntent(*rules, {"space is what i need"}, "space_and_want"));
  EXPECT_FALSE(
      FiredIntent(*rules, {"i need space metaphorically"}, "wants_space"));
  EXPECT_FALSE(FiredIntent(*rules, {"i need | space"}, "wants_space"));
}

// A phrase that runs across a clause split widens the clauses its intent looks
// at.
TEST(Match, ScopeCoversEveryClauseOfTheAnchor) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(FiredIntent(*rules, {"i am afraid | i will hurt her"}, "threat"));
  EXPECT_FALSE(FiredIntent(*rules, {"i am afraid | i will hurt her feelings"},
                           "threat"));
  EXPECT_TRUE(FiredIntent(
      *rules, {"i am afraid | i will hurt her | feelings aside"}, "threat"));
}

TEST(Match, SentenceScope) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(FiredIntent(*rules, {"we have sex | and then he rolls over"},
                          "sentence_scope"));
  EXPECT_FALSE(
      FiredIntent(*rules, {"we have sex", "he rolls over"}, "sentence_scope"));
}

TEST(Match, QuestionsAndStatements) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(FiredIntent(*rules, {"what is oxytocin"}, "asks_what",
                          QuestionKind::kWhat));
  EXPECT_FALSE(FiredIntent(*rules, {"what is oxytocin"}, "asks_what",
                           QuestionKind::kNone));
  EXPECT_TRUE(
      FiredIntent(*rules, {"what is left"}, "says", QuestionKind::kNone));
  EXPECT_FALSE(
      FiredIntent(*rules, {"what is left"}, "says", QuestionKind::kYesNo));
}

TEST(Match, SlotsAreTheUsersWords) {
  auto rules = CompileOk(kRules);
  Analysis a = MatchUtterance(*rules, Build({"my boyfriend pulled away"}));
  ASSERT_FALSE(a.intents.empty());
  EXPECT_EQ(a.intents[0].name, "withdraws");
  EXPECT_EQ(a.intents[0].slots.at("behaviour"), "pulled away");
  EXPECT_EQ(a.intents[0].slots.at("who"), "boyfriend");
  EXPECT_EQ(a.intents[0].actor, Actor::kPartner);
  a = MatchUtterance(*rules, Build({"he rolls over"}));
  EXPECT_EQ(a.intents[0].slots.count("who"), 0u);
}

TEST(Match, WildcardMatchesExactlyOneWord) {
  auto rules = CompileOk(kRules);
  Analysis a = MatchUtterance(*rules, Build({"give her a hug"}));
  ASSERT_EQ(Fired(a), std::vector<std::string>{"hug"});
  EXPECT_EQ(a.intents[0].slots.at("hug"), "give her a hug");
  EXPECT_FALSE(FiredIntent(*rules, {"give a hug"}, "hug"));
  EXPECT_FALSE(FiredIntent(*rules, {"give her two a hug"}, "hug"));
}

TEST(Match, OneHitPerIntentAndClause) {
  auto rules = CompileOk(kRules);
  const Analysis a = MatchUtterance(
      *rules, Build({"he pulls away and pulls away | i pull away"}));
  ASSERT_EQ(a.intents.size(), 2u);
  EXPECT_EQ(a.intents[0].actor, Actor::kPartner);
  EXPECT_EQ(a.intents[1].actor, Actor::kSelf);
}

// The trie is walked from every word; how far it goes depends on the text and
// the phrases that share its words, not on how many unrelated rules there are.
TEST(Match, CostDoesNotGrowWithRuleCount) {
  std::string few = kRules, many = kRules;
  for (int i = 0; i < 2000; ++i) {
    const std::string n = std::to_string(i);
    many += "concept ~c" + n + " = zz" + n + " word | other" + n +
            " [thing | stuff] ;\n";
    many += "intent i" + n + " { has ~c" + n + " ; }\n";
  }
  auto small = CompileOk(few), large = CompileOk(many);
  const auto text = Build(
      {"after sex my husband rolls over and goes to sleep and i feel alone"});
  MatchStats small_stats, large_stats;
  const Analysis a = MatchUtterance(*small, text, &small_stats);
  const Analysis b = MatchUtterance(*large, text, &large_stats);
  EXPECT_GT(small_stats.trie_steps, 0u);
  EXPECT_EQ(small_stats.trie_steps, large_stats.trie_steps);
  EXPECT_EQ(Fired(a), Fired(b));
  // Twice the text, about twice the steps.
  const auto twice = Build(
      {"after sex my husband rolls over and goes to sleep and i feel alone",
       "after sex my husband rolls over and goes to sleep and i feel alone"});
  MatchStats twice_stats;
  MatchUtterance(*large, twice, &twice_stats);
  EXPECT_EQ(twice_stats.trie_steps, 2 * large_stats.trie_steps);
}

TEST(Match, EmptyAndPunctuationOnly) {
  auto rules = CompileOk(kRules);
  EXPECT_TRUE(MatchUtterance(*rules, utterance::Utterance{}).intents.empty());
  text::Stemmer stemmer;
  for (const char* text : {"", "???", "\xff\xfe", "   "}) {
    EXPECT_TRUE(Match(*rules, text, stemmer).intents.empty());
  }
}

TEST(Match, EndToEndThroughTheUtteranceParser) {
  auto rules = CompileOk(kRules);
  text::Stemmer stemmer;
  const Analysis a = Match(*rules, "After sex my husband rolls over.", stemmer);
  bool found = false;
  for (const IntentHit& hit : a.intents)
    found |= hit.name == "partner_withdraws_after_sex";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace attune
