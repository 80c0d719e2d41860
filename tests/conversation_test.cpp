#include "conversation.hpp"

#include <gtest/gtest.h>

namespace attune {
namespace {

Conversation Sample() {
  Conversation c;
  c.turn = 3;
  Evidence e;
  e.rule = "feels_abandoned";
  e.person = "self";
  e.pattern = "anxious";
  e.weight = 0.5;
  e.words = "abandoned";
  e.turn = 2;
  c.profile.Add(e);
  c.quoted.push_back({"002_96caa0ebda461845", "Anxious Attachment", 2});
  c.last_plan = "pursue_withdraw";
  c.last_ask = "What do you do then?";
  c.rotation["pursue_withdraw.ask"] = 1;
  c.slots["partner"] = "my husband";
  c.topic_words = {"asleep", "abandon"};
  c.safety.minor = true;
  c.disclaimer_shown = true;
  return c;
}

TEST(Conversation, RoundTripsThroughJson) {
  Conversation c = Sample();
  Conversation back;
  ASSERT_TRUE(Conversation::FromJson(c.ToJson(), &back).ok());
  EXPECT_EQ(back.ToJson(), c.ToJson());
  EXPECT_EQ(back.profile.Top("self", 3), "anxious");
}

TEST(Conversation, RefusesGarbageAndLeavesStateAlone) {
  Conversation target = Sample();
  std::string before = target.ToJson();
  for (const char* bad : {"", "{", "[]", "null", "{\"format\":\"other\"}",
                          "{\"format\":\"attune-session\",\"version\":1}"}) {
    Status s = Conversation::FromJson(bad, &target);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.code(), Status::Code::kCorruption);
  }
  EXPECT_EQ(target.ToJson(), before);
}

TEST(Conversation, RefusesFutureVersion) {
  std::string json = Sample().ToJson();
  json.replace(json.find("\"version\":1"), 11, "\"version\":9");
  Conversation target;
  Status s = Conversation::FromJson(json, &target);
  EXPECT_EQ(s.message(),
            "saved session has format version 9; this attune reads version 1");
}

TEST(Conversation, RefusesOutOfRangeValues) {
  std::string json = Sample().ToJson();
  json.replace(json.find("\"weight\":0.5"), 12, "\"weight\":7.0");
  Conversation target;
  EXPECT_FALSE(Conversation::FromJson(json, &target).ok());
}

TEST(Conversation, TopicWordsStayRecentAndUnique) {
  Conversation c;
  c.RememberTopicWords({"a", "b"});
  c.RememberTopicWords({"a"});
  EXPECT_EQ(c.topic_words, (std::vector<std::string>{"b", "a"}));
}

}  // namespace
}  // namespace attune
