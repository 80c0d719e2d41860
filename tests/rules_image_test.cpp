// Rule images: the image the build embeds equals a run-time compile of the same
// rule files, field for field and in what it matches; damaged images are
// refused.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "attune/attune.hpp"
#include "dsl/load.hpp"
#include "embedded/embedded.hpp"
#include "match.hpp"
#include "rules_fixture.hpp"
#include "text/stemmer.hpp"

namespace attune {
namespace {

std::span<const unsigned char> Bytes(const std::string& s) {
  return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

std::shared_ptr<const RuleSet> CompiledNow() {
  std::shared_ptr<const RuleSet> rules;
  Status s = RuleSet::Compile(dsl::EmbeddedFiles(), &rules);
  EXPECT_TRUE(s.ok()) << s.message();
  return rules;
}

// As Engine::Open loads it: the tries point into the embedded image.
std::shared_ptr<const RuleSet> FromImage() {
  std::shared_ptr<const RuleSet> rules;
  Status s = RuleSet::LoadEmbedded(&rules);
  EXPECT_TRUE(s.ok()) << s.message();
  return rules;
}

// Everything Match reports, as one comparable string.
std::string Describe(const RuleSet& rules, const std::string& text,
                     text::Stemmer& stemmer) {
  const Analysis a = Match(rules, text, stemmer);
  std::ostringstream out;
  for (const ConceptMatch& c : a.concepts) {
    out << "c" << c.concept_id << ":" << c.first << "-" << c.last << ":"
        << c.clause << c.negated << c.past << " ";
  }
  for (const IntentHit& hit : a.intents) {
    out << "\n"
        << hit.name << " " << ActorName(hit.actor) << hit.negated << hit.clause
        << " [" << hit.words << "] " << hit.crisis;
    for (const auto& [slot, words] : hit.slots)
      out << " " << slot << "=" << words;
  }
  for (Actor actor : a.clause_actors) out << " " << ActorName(actor);
  return out.str();
}

std::vector<std::string> DevTexts() {
  std::ifstream in(ATTUNE_SOURCE_DIR "/tests/data/dev.jsonl");
  EXPECT_TRUE(in) << "tests/data/dev.jsonl is missing";
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(in, line)) {
    const size_t key = line.find("\"text\": \"");
    if (key == std::string::npos) continue;
    const size_t begin = key + 9;
    texts.push_back(line.substr(begin, line.find("\", \"", begin) - begin));
  }
  return texts;
}

TEST(RulesImage, TheBuildEmbedsOne) {
  EXPECT_FALSE(embedded::RulesImage().empty());
  EXPECT_FALSE(dsl::EmbeddedFiles().empty());
}

// Every field the image holds, written again, gives the same bytes.
TEST(RulesImage, EqualsARunTimeCompileOfTheSameFiles) {
  auto now = CompiledNow();
  auto image = FromImage();
  ASSERT_TRUE(now && image);
  const std::string bytes = now->WriteImage();
  const std::span<const unsigned char> embedded = embedded::RulesImage();
  EXPECT_TRUE(bytes == std::string(embedded.begin(), embedded.end()));
  EXPECT_EQ(image->WriteImage(), bytes);
  std::shared_ptr<const RuleSet> copied;
  ASSERT_TRUE(RuleSet::LoadImage(embedded, &copied).ok());
  EXPECT_EQ(copied->WriteImage(), bytes);
  EXPECT_EQ(image->warnings(), now->warnings());
  EXPECT_EQ(image->concept_trie().node_count(),
            now->concept_trie().node_count());
}

TEST(RulesImage, MatchesEveryExampleCounterAndDevStatementAlike) {
  auto now = CompiledNow();
  auto image = FromImage();
  ASSERT_TRUE(now && image);
  text::Stemmer stemmer;
  std::vector<std::string> texts = DevTexts();
  for (const IntentRule& intent : now->intents()) {
    for (const Sample& s : intent.examples) texts.push_back(s.text);
    for (const Sample& s : intent.counters) texts.push_back(s.text);
  }
  ASSERT_GT(texts.size(), 500u);
  size_t intents = 0;
  for (const std::string& text : texts) {
    const std::string want = Describe(*now, text, stemmer);
    EXPECT_EQ(Describe(*image, text, stemmer), want) << text;
    intents += std::count(want.begin(), want.end(), '\n');
  }
  EXPECT_GT(intents, texts.size() / 2);  // the comparison saw real matches
}

// Whole replies: the default engine (image) against one given the same files.
TEST(RulesImage, EnginesGiveTheSameReplies) {
  Options given;
  for (const dsl::SourceFile& file : dsl::EmbeddedFiles())
    given.rules_text.emplace_back(file.name, file.text);
  std::unique_ptr<Engine> a, b;
  ASSERT_TRUE(Engine::Open(Options(), &a).ok());
  ASSERT_TRUE(Engine::Open(given, &b).ok());
  std::unique_ptr<Session> sa, sb;
  ASSERT_TRUE(a->NewSession(&sa).ok());
  ASSERT_TRUE(b->NewSession(&sb).ok());
  for (const std::string& text : DevTexts()) {
    Reply ra, rb;
    ASSERT_TRUE(sa->Respond(text, &ra).ok());
    ASSERT_TRUE(sb->Respond(text, &rb).ok());
    EXPECT_EQ(ra.text, rb.text) << text;
  }
}

TEST(RulesImage, SmallRuleSetRoundTrips) {
  auto rules = testing::CompileOk(R"(
rewrite bf => boyfriend ;
concept ~leave = leave | walk out | go * away ;
concept ~left = ~actor_partner [just] ~leave ;
intent partner_leaves { has ~left ; slot who = ~partner ;
  example "my bf just walked out" ; counter "i walked" ; }
evidence partner_leaves -> partner avoidant 0.4 ;
respond leaving { when intent partner_leaves ; reflect "{who} left." ; }
)");
  ASSERT_TRUE(rules);
  const std::string bytes = rules->WriteImage();
  std::shared_ptr<const RuleSet> back;
  ASSERT_TRUE(RuleSet::LoadImage(Bytes(bytes), &back).ok());
  EXPECT_EQ(back->WriteImage(), bytes);
  text::Stemmer stemmer;
  for (const char* text : {"my bf just walked out on me", "he will go far away",
                           "i left", "she did not leave"}) {
    EXPECT_EQ(Describe(*back, text, stemmer), Describe(*rules, text, stemmer));
  }
  EXPECT_FALSE(Match(*back, "my bf just walked out", stemmer).intents.empty());
}

TEST(RulesImage, DamagedImagesAreRefused) {
  const std::string bytes = CompiledNow()->WriteImage();
  std::shared_ptr<const RuleSet> out;
  for (size_t cut : {size_t{0}, size_t{3}, size_t{8}, bytes.size() / 3,
                     bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_EQ(RuleSet::LoadImage(Bytes(bytes.substr(0, cut)), &out).code(),
              Status::Code::kCorruption)
        << "cut at " << cut;
  }
  std::string other_version = bytes;
  other_version[4] ^= 0x7f;
  EXPECT_EQ(RuleSet::LoadImage(Bytes(other_version), &out).code(),
            Status::Code::kCorruption);
  EXPECT_EQ(RuleSet::LoadImage(Bytes(bytes + "x"), &out).code(),
            Status::Code::kCorruption);
  EXPECT_EQ(out, nullptr);
}

// A borrowed image must be aligned for its arrays; a misaligned one is
// refused, not read.
TEST(RulesImage, MisalignedStaticImageIsRefused) {
  const std::string bytes = "x" + CompiledNow()->WriteImage();
  std::shared_ptr<const RuleSet> out;
  EXPECT_EQ(RuleSet::LoadStaticImage(Bytes(bytes).subspan(1), &out).code(),
            Status::Code::kCorruption);
  EXPECT_TRUE(RuleSet::LoadImage(Bytes(bytes).subspan(1), &out).ok());
}

}  // namespace
}  // namespace attune
