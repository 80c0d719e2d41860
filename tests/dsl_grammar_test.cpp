// The rules grammar: every construct parses into the expected tree.
#include <gtest/gtest.h>

#include "dsl/error_handler.hpp"
#include "dsl/load.hpp"

namespace attune::dsl {
namespace {

namespace x3 = boost::spirit::x3;

ast::File ParseOk(const std::string& text) {
  ast::File file;
  Status s = ParseFile({"t.rules", text}, &file);
  EXPECT_TRUE(s.ok()) << s.message();
  return file;
}

template <typename T>
const T& Only(const ast::File& file) {
  EXPECT_EQ(file.statements.size(), 1u);
  return boost::get<T>(file.statements.at(0).get());
}

TEST(DslGrammar, EmptyFileAndComments) {
  EXPECT_TRUE(ParseOk("").statements.empty());
  EXPECT_TRUE(ParseOk("  # only a comment\n\n# another\n").statements.empty());
}

TEST(DslGrammar, Rewrite) {
  const ast::File r_file = ParseOk("rewrite bf => boy friend ; # texting\n");
  const auto& r = Only<ast::Rewrite>(r_file);
  EXPECT_EQ(r.from.text, "bf");
  ASSERT_EQ(r.to.size(), 2u);
  EXPECT_EQ(r.to[1].text, "friend");
}

TEST(DslGrammar, ConceptWithGroupsOptionalsRefsAndWildcard) {
  const ast::File c_file = ParseOk(
      "concept ~withdraw = pull away | [go to | fall] asleep\n"
      "  | check (his | her) phone | ~shutdown | don't * me | fiancée ;");
  const auto& c = Only<ast::Concept>(c_file);
  EXPECT_EQ(c.name.name, "withdraw");
  ASSERT_EQ(c.phrases.size(), 6u);
  EXPECT_EQ(c.phrases[0].items.size(), 2u);
  const auto& optional =
      boost::get<x3::forward_ast<ast::Optional>>(c.phrases[1].items[0].get());
  EXPECT_EQ(optional.get().alternatives.size(), 2u);
  EXPECT_EQ(optional.get().alternatives[0].items.size(), 2u);
  const auto& group =
      boost::get<x3::forward_ast<ast::Group>>(c.phrases[2].items[1].get());
  EXPECT_EQ(group.get().alternatives.size(), 2u);
  EXPECT_EQ(boost::get<ast::ConceptRef>(c.phrases[3].items[0].get()).name,
            "shutdown");
  EXPECT_EQ(boost::get<ast::Word>(c.phrases[4].items[0].get()).text, "don't");
  EXPECT_NE(boost::get<ast::Wildcard>(&c.phrases[4].items[1].get()), nullptr);
  EXPECT_EQ(boost::get<ast::Word>(c.phrases[5].items[0].get()).text, "fiancée");
}

TEST(DslGrammar, DottedAbbreviationsAreOneWord) {
  const ast::File c_file =
      ParseOk("concept ~are = a.r.e. | what a.r.e means ;");
  const auto& c = Only<ast::Concept>(c_file);
  ASSERT_EQ(c.phrases.size(), 2u);
  ASSERT_EQ(c.phrases[0].items.size(), 1u);
  EXPECT_EQ(boost::get<ast::Word>(c.phrases[0].items[0].get()).text, "a.r.e.");
  EXPECT_EQ(boost::get<ast::Word>(c.phrases[1].items[1].get()).text, "a.r.e");
  // A word never starts with '.', so a gap operator right after a word-like
  // name still reads as `..N`.
  ast::File file;
  EXPECT_FALSE(ParseFile({"t.rules", "concept ~x = .a ;"}, &file).ok());
}

TEST(DslGrammar, KeywordsAreOrdinaryPhraseWords) {
  const ast::File c_file =
      ParseOk("concept ~x = does not respond | has intent ;");
  const auto& c = Only<ast::Concept>(c_file);
  EXPECT_EQ(c.phrases.size(), 2u);
}

TEST(DslGrammar, IntentWithEveryCondition) {
  const ast::File intent_file = ParseOk(R"(intent partner_withdraws {
    actor partner ;
    has ~withdraw ;
    has ~want ..3 ~space ..0 ~now ;
    has ~close & ~panic ;
    lacks ~figurative ;
    context after ~sex ;
    affirmed ; negated ; polarity any ;
    question what ; statement ;
    scope sentence ;
    slot behaviour = ~withdraw ;
    crisis suicide ;
    example "after sex my husband \"rolls\" over \\ sleeps" ;
    counter "he never pulls away" ;
  })");
  const auto& intent = Only<ast::Intent>(intent_file);
  EXPECT_EQ(intent.name.text, "partner_withdraws");
  ASSERT_EQ(intent.items.size(), 16u);
  EXPECT_EQ(boost::get<ast::ActorCond>(intent.items[0].get()).who, "partner");
  const auto& ordered = boost::get<ast::Has>(intent.items[2].get());
  const auto& seq = boost::get<ast::Sequence>(ordered.tail.get());
  ASSERT_EQ(seq.rest.size(), 2u);
  EXPECT_EQ(seq.rest[0].gap, 3u);
  EXPECT_EQ(seq.rest[1].ref.name, "now");
  const auto& all = boost::get<ast::AllOf>(
      boost::get<ast::Has>(intent.items[3].get()).tail.get());
  EXPECT_EQ(all.refs.at(0).name, "panic");
  EXPECT_EQ(boost::get<ast::Lacks>(intent.items[4].get()).ref.name,
            "figurative");
  EXPECT_EQ(boost::get<ast::ContextCond>(intent.items[5].get()).marker,
            "after");
  EXPECT_EQ(boost::get<ast::PolarityCond>(intent.items[7].get()).value,
            "negated");
  EXPECT_EQ(boost::get<ast::PolarityCond>(intent.items[8].get()).value, "any");
  EXPECT_EQ(boost::get<ast::QuestionCond>(intent.items[9].get()).kind, "what");
  EXPECT_NE(boost::get<ast::StatementCond>(&intent.items[10].get()), nullptr);
  EXPECT_EQ(boost::get<ast::ScopeCond>(intent.items[11].get()).scope,
            "sentence");
  EXPECT_EQ(boost::get<ast::SlotCond>(intent.items[12].get()).name.text,
            "behaviour");
  EXPECT_EQ(boost::get<ast::CrisisCond>(intent.items[13].get()).kind.text,
            "suicide");
  const auto& example = boost::get<ast::ExampleLine>(intent.items[14].get());
  EXPECT_FALSE(example.counter);
  EXPECT_EQ(example.text, "after sex my husband \"rolls\" over \\ sleeps");
  EXPECT_TRUE(boost::get<ast::ExampleLine>(intent.items[15].get()).counter);
}

TEST(DslGrammar, Evidence) {
  const ast::File e_file = ParseOk(
      "evidence withdraws & feels_abandoned -> dyad pursue_withdraw 0.8, self "
      "anxious .3 ;");
  const auto& e = Only<ast::Evidence>(e_file);
  ASSERT_EQ(e.intents.size(), 2u);
  EXPECT_EQ(e.intents[1].text, "feels_abandoned");
  ASSERT_EQ(e.targets.size(), 2u);
  EXPECT_EQ(e.targets[0].who, "dyad");
  EXPECT_EQ(e.targets[0].pattern.text, "pursue_withdraw");
  EXPECT_DOUBLE_EQ(e.targets[1].weight, 0.3);
}

TEST(DslGrammar, Respond) {
  const ast::File r_file = ParseOk(R"(respond pursue_withdraw {
    when dyad pursue_withdraw ;
    when pattern self anxious ;
    priority 80 ;
    reflect "When {partner} {behaviour}, you feel {feeling}." ;
    explain tags anxious post-sex terms "abandonment asleep" section "Anxious Attachment" ;
    advise section "If You're Anxiously Attached" tags advice ;
    ask "What do you do?" ;
  })");
  const auto& r = Only<ast::Respond>(r_file);
  ASSERT_EQ(r.items.size(), 7u);
  const auto& when = boost::get<ast::When>(r.items[1].get());
  EXPECT_EQ(when.kind, "pattern");
  EXPECT_EQ(when.args.size(), 2u);
  EXPECT_EQ(boost::get<ast::Priority>(r.items[2].get()).value, 80);
  const auto& explain = boost::get<ast::Query>(r.items[4].get());
  ASSERT_EQ(explain.parts.size(), 3u);
  EXPECT_EQ(explain.parts[0].tags,
            (std::vector<std::string>{"anxious", "post-sex"}));
  EXPECT_EQ(explain.parts[1].text, "abandonment asleep");
  const auto& advise = boost::get<ast::Query>(r.items[5].get());
  EXPECT_EQ(advise.keyword, "advise");
  EXPECT_EQ(advise.parts[1].keyword, "tags");
  EXPECT_EQ(boost::get<ast::TextItem>(r.items[6].get()).keyword, "ask");
}

TEST(DslGrammar, NodesKnowWhereTheyStart) {
  ast::File file = ParseOk("# c\n  concept ~a = b ;");
  const auto& c = Only<ast::Concept>(file);
  EXPECT_EQ(
      LocationOf({"t.rules", "# c\n  concept ~a = b ;"}, OffsetOf(c)).column,
      3);
  EXPECT_EQ(OffsetOf(c.name), 14u);
}

}  // namespace
}  // namespace attune::dsl
