// Whole-turn behaviour of Session over the embedded rules and corpus: quoting,
// memory, safety modes, save and restore.
#include <gtest/gtest.h>

#include <set>

#include "attune/attune.hpp"
#include "reader.hpp"

namespace attune {
namespace {

class SessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Engine::Open(Options{}, &engine_).ok());
    ASSERT_TRUE(engine_->NewSession(&session_).ok());
  }
  Reply Say(const std::string& text) {
    Reply reply;
    EXPECT_TRUE(session_->Respond(text, &reply).ok());
    return reply;
  }
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<Session> session_;
};

int Count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

const std::vector<std::string> kConversation = {
    "hi",
    "after sex my husband rolls over and goes to sleep and I feel abandoned",
    "why?",
    "what can I do?",
    "tell me more",
    "what about him?",
    "I keep asking him if he still loves me",
    "what is oxytocin?",
    "tell me more",
    "what does the bible say about this?",
    "how do I start a conversation about it?",
    "thanks"};

TEST_F(SessionTest, EveryQuoteIsVerbatimCorpusTextWithItsSource) {
  std::unique_ptr<corpus::Reader> reader;
  ASSERT_TRUE(corpus::Reader::OpenEmbedded(&reader).ok());
  int quotes = 0;
  for (const std::string& line : kConversation) {
    Reply reply = Say(line);
    for (const Citation& c : reply.citations) {
      SearchHit passage;
      ASSERT_TRUE(
          reader->Passage({c.doc, c.section, c.passage}, &passage).ok());
      EXPECT_EQ(c.text, passage.text);
      EXPECT_NE(reply.text.find("\"" + c.text + "\" (" + c.title + " \u203a " +
                                c.section + ")"),
                std::string::npos)
          << reply.text;
      ++quotes;
    }
  }
  EXPECT_GE(quotes, 8);
}

TEST_F(SessionTest, NoPassageRepeatsWhileOthersRemain) {
  std::set<std::string> seen;
  for (const std::string& line : kConversation) {
    for (const Citation& c : Say(line).citations) {
      std::string key =
          c.doc + "|" + c.section + "|" + std::to_string(c.passage);
      EXPECT_TRUE(seen.insert(key).second)
          << "repeated: " << key << " at \"" << line << "\"";
    }
  }
}

TEST_F(SessionTest, SaysItIsNotATherapistExactlyOnce) {
  std::string all;
  for (const std::string& line : kConversation) all += Say(line).text;
  EXPECT_EQ(Count(all, "not a therapist"), 1);
}

TEST_F(SessionTest, ProfileSharpensAcrossTurns) {
  Reply first = Say("I need constant reassurance from him");
  Reply second =
      Say("when he doesn't answer my texts I panic that he is leaving");
  EXPECT_EQ(second.top_self, "anxious");
  EXPECT_GT(second.self.anxious, first.self.anxious);
}

TEST_F(SessionTest, NegatedStatementIsNoEvidence) {
  Reply reply = Say("I'm not anxious about our relationship at all");
  EXPECT_NE(reply.top_self, "anxious");
  EXPECT_LT(reply.self.anxious, 0.25);
}

TEST_F(SessionTest, CrisisAnswersWithSafetyAndNoQuotesAndStaysUntilMovingOn) {
  Reply crisis = Say("I don't want to live anymore");
  EXPECT_EQ(crisis.crisis, "suicide");
  EXPECT_TRUE(crisis.citations.empty());
  EXPECT_NE(crisis.text.find("988"), std::string::npos);
  Reply still = Say("why?");
  EXPECT_EQ(still.crisis, "suicide");
  EXPECT_TRUE(still.citations.empty());
  Reply moved = Say("after sex my wife falls asleep and I feel alone");
  EXPECT_FALSE(moved.crisis.has_value());
}

TEST_F(SessionTest, AbuseIsNeverAnAttachmentStyle) {
  Reply reply =
      Say("my husband hits me when he's angry and then I feel so needy");
  EXPECT_EQ(reply.crisis, "abuse");
  EXPECT_TRUE(reply.citations.empty());
  EXPECT_NE(reply.text.find("1-800-799-7233"), std::string::npos);
  EXPECT_TRUE(reply.evidence.empty());
}

TEST_F(SessionTest, MinorStaysDeclinedForTheConversation) {
  EXPECT_EQ(Say("I'm 15 and my boyfriend wants to have sex").crisis, "minor");
  Reply later = Say("after sex he ignores me and I feel rejected");
  EXPECT_EQ(later.crisis, "minor");
  EXPECT_TRUE(later.citations.empty());
}

TEST_F(SessionTest, FallbackNeverRepeatsTwiceInARow) {
  std::string previous;
  for (const char* line :
       {"the weather was odd today", "blue bananas", "hmm", "qwerty"}) {
    Reply reply = Say(line);
    EXPECT_NE(reply.text, previous);
    previous = reply.text;
  }
}

TEST_F(SessionTest, SaveAndRestoreContinueTheSameConversation) {
  Say("after sex my husband rolls over and goes to sleep and I feel abandoned");
  std::string state;
  ASSERT_TRUE(session_->Save(&state).ok());
  Reply expected = Say("tell me more");

  std::unique_ptr<Session> other;
  ASSERT_TRUE(engine_->NewSession(&other).ok());
  ASSERT_TRUE(other->Restore(state).ok());
  Reply restored;
  ASSERT_TRUE(other->Respond("tell me more", &restored).ok());
  EXPECT_EQ(restored.ToJson(), expected.ToJson());
}

// fuzz_restore found a float too large for an int (undefined behaviour when
// converted); a version wider than int must not wrap round to this version.
TEST_F(SessionTest, RestoreRefusesCountsThatAreNotSmallWholeNumbers) {
  Say("after sex my husband rolls over and goes to sleep and I feel abandoned");
  std::string state;
  ASSERT_TRUE(session_->Save(&state).ok());
  const std::string version = "\"version\":";
  const size_t at = state.find(version);
  ASSERT_NE(at, std::string::npos) << state;
  const std::string wrapped = state.substr(0, at + version.size()) +
                              "4294967297" +
                              state.substr(state.find_first_of(",}", at));
  const std::string turn = "\"turn\":";
  const size_t turn_at = state.rfind(turn);  // the top-level one
  ASSERT_NE(turn_at, std::string::npos) << state;
  auto with_turn = [&](const std::string& value) {
    return state.substr(0, turn_at + turn.size()) + value +
           state.substr(state.find_first_of(",}", turn_at));
  };
  for (const std::string& bad :
       {wrapped, with_turn("3.22222e+47"), with_turn("-1"),
        with_turn("2147483647"), with_turn("1.5"), with_turn("\"2\"")}) {
    std::unique_ptr<Session> other;
    ASSERT_TRUE(engine_->NewSession(&other).ok());
    std::string fresh;
    ASSERT_TRUE(other->Save(&fresh).ok());
    EXPECT_FALSE(other->Restore(bad).ok()) << bad;
    std::string after;
    ASSERT_TRUE(other->Save(&after).ok());
    EXPECT_EQ(after, fresh);
  }
  std::unique_ptr<Session> other;
  ASSERT_TRUE(engine_->NewSession(&other).ok());
  EXPECT_TRUE(other->Restore(with_turn("7")).ok());
}

// fuzz_restore found this one aborting attune: nlohmann keeps the last of two
// "format" keys, and an array there made the format check throw.
TEST_F(SessionTest, RestoreRefusesAFormatThatIsNotAString) {
  std::string state;
  ASSERT_TRUE(session_->Save(&state).ok());
  for (const char* format : {"[1]", "7", "null", "{}"}) {
    std::string bad = state;
    bad.insert(bad.rfind('}'), std::string(",\"format\":") + format);
    Status status = session_->Restore(bad);
    EXPECT_EQ(status.code(), Status::Code::kCorruption) << bad;
    std::string after;
    ASSERT_TRUE(session_->Save(&after).ok());
    EXPECT_EQ(after, state);
  }
}

TEST_F(SessionTest, AnalyzeLeavesTheConversationAlone) {
  Say("I need constant reassurance from him");
  std::string before;
  ASSERT_TRUE(session_->Save(&before).ok());
  Reply analysis;
  ASSERT_TRUE(session_->Analyze("she rolls over and sleeps", &analysis).ok());
  std::string after;
  ASSERT_TRUE(session_->Save(&after).ok());
  EXPECT_EQ(before, after);
}

TEST_F(SessionTest, HostileTextIsANormalTurn) {
  for (std::string text :
       {std::string(""), std::string("\xff\xfe\x80"), std::string("\0\0", 2),
        std::string("\x1b]0;pwned\x07\x1b[2J"), std::string(20000, 'a')}) {
    Reply reply;
    EXPECT_TRUE(session_->Respond(text, &reply).ok());
    EXPECT_EQ(reply.text.find('\x1b'), std::string::npos);
  }
}

TEST_F(SessionTest, LongTurnIsCutWithANote) {
  Reply reply = Say(std::string(20 * 1024, 'x'));
  EXPECT_EQ(reply.input.size(), 16u * 1024);
  EXPECT_NE(reply.note.find("16 KiB"), std::string::npos);
}

TEST(EngineOpen, MissingCorpusIsAnErrorAndCreatesNothing) {
  std::unique_ptr<Engine> engine;
  Options options;
  options.corpus_path = "/tmp/attune-no-such-dir/none.db";
  Status status = Engine::Open(options, &engine);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(engine, nullptr);
}

TEST(EngineOpen, BrokenRulesRefuseToStart) {
  std::unique_ptr<Engine> engine;
  Options options;
  options.rules_text = {{"rules/bad.rules", "concept ~x = a | ;\n"}};
  Status status = Engine::Open(options, &engine);
  EXPECT_EQ(status.code(), Status::Code::kParseError);
  EXPECT_EQ(status.message().rfind("rules/bad.rules:1:", 0), 0u)
      << status.message();
}

}  // namespace
}  // namespace attune
