// The C API (attune/attune.h): every function, NULL arguments, bad options,
// hostile text as normal turns, refused states that leave the session as it
// was, and the ownership of returned strings.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "attune/attune.h"
#include "attune/attune.hpp"

namespace {

using nlohmann::json;

constexpr int kInvalid = 1;

// Takes ownership of a string the library returned.
std::string Take(char* p) {
  std::string s = p != nullptr ? p : "";
  attune_free(p);
  return s;
}

class CApi : public ::testing::Test {
 protected:
  void SetUp() override {
    char* error = nullptr;
    ASSERT_EQ(attune_engine_open(nullptr, &engine_, &error), 0) << Take(error);
    EXPECT_EQ(error, nullptr);
    ASSERT_EQ(attune_session_new(engine_, &session_, &error), 0) << Take(error);
  }
  void TearDown() override {
    attune_session_free(session_);
    attune_engine_close(engine_);
  }

  json Respond(attune_session* session, const char* text) {
    char* reply = nullptr;
    char* error = nullptr;
    EXPECT_EQ(attune_respond(session, text, &reply, &error), 0) << Take(error);
    EXPECT_EQ(error, nullptr);
    return json::parse(Take(reply));
  }
  std::string Save(attune_session* session) {
    char* state = nullptr;
    char* error = nullptr;
    EXPECT_EQ(attune_session_save(session, &state, &error), 0) << Take(error);
    return Take(state);
  }

  attune_engine* engine_ = nullptr;
  attune_session* session_ = nullptr;
};

TEST_F(CApi, VersionIsTheLibraryVersion) {
  EXPECT_STREQ(attune_version(), attune::Version());
  EXPECT_STREQ(attune_version(), "0.1.0");
}

TEST_F(CApi, RespondReturnsTheChatJsonFields) {
  json reply =
      Respond(session_, "after sex my husband rolls over and I feel abandoned");
  EXPECT_EQ(reply["text"],
            "after sex my husband rolls over and I feel abandoned");
  for (const char* field : {"intents", "patterns", "top", "dyads", "crisis",
                            "reply", "citations", "rules", "evidence"}) {
    EXPECT_TRUE(reply.contains(field)) << field;
  }
  EXPECT_FALSE(reply["reply"].get<std::string>().empty());
}

TEST_F(CApi, RespondMatchesTheCppApi) {
  std::unique_ptr<attune::Engine> engine;
  ASSERT_TRUE(attune::Engine::Open(attune::Options{}, &engine).ok());
  std::unique_ptr<attune::Session> session;
  ASSERT_TRUE(engine->NewSession(&session).ok());
  for (const char* text : {"my partner pulls away when I need her",
                           "I text him again and again until he answers"}) {
    attune::Reply reply;
    ASSERT_TRUE(session->Respond(text, &reply).ok());
    EXPECT_EQ(Respond(session_, text), json::parse(reply.ToJson())) << text;
  }
}

TEST_F(CApi, SearchReturnsTheSearchJsonArray) {
  char* hits = nullptr;
  char* error = nullptr;
  ASSERT_EQ(attune_search(engine_, "attachment", 2, &hits, &error), 0)
      << Take(error);
  json j = json::parse(Take(hits));
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 2u);
  for (const char* field : {"doc", "title", "section", "passage", "text"}) {
    EXPECT_TRUE(j[0].contains(field)) << field;
  }
  // Hostile and empty queries are plain words, never errors.
  for (const char* query : {"\"unbalanced AND (", "", "\xff\xfe"}) {
    ASSERT_EQ(attune_search(engine_, query, 5, &hits, &error), 0)
        << query << ": " << Take(error);
    EXPECT_TRUE(json::parse(Take(hits)).is_array()) << query;
  }
}

TEST_F(CApi, SearchRefusesALimitBelowOne) {
  char* hits = reinterpret_cast<char*>(1);
  char* error = nullptr;
  EXPECT_EQ(attune_search(engine_, "attachment", 0, &hits, &error), kInvalid);
  EXPECT_EQ(hits, nullptr);
  EXPECT_EQ(Take(error), "attune_search: limit must be at least 1");
}

TEST_F(CApi, NullArgumentsAreInvalidArguments) {
  char* out = nullptr;
  char* error = nullptr;
  attune_engine* engine = nullptr;
  attune_session* session = nullptr;
  auto expect_invalid = [&](int rc, const char* what) {
    EXPECT_EQ(rc, kInvalid) << what;
    EXPECT_NE(Take(error).find("NULL"), std::string::npos) << what;
    error = nullptr;
  };
  expect_invalid(attune_engine_open(nullptr, nullptr, &error), "open");
  expect_invalid(attune_session_new(nullptr, &session, &error), "new");
  expect_invalid(attune_session_new(engine_, nullptr, &error), "new out");
  expect_invalid(attune_respond(nullptr, "hi", &out, &error), "respond");
  expect_invalid(attune_respond(session_, "hi", nullptr, &error),
                 "respond out");
  expect_invalid(attune_search(nullptr, "x", 1, &out, &error), "search");
  expect_invalid(attune_search(engine_, "x", 1, nullptr, &error), "search out");
  expect_invalid(attune_session_save(nullptr, &out, &error), "save");
  expect_invalid(attune_session_save(session_, nullptr, &error), "save out");
  expect_invalid(attune_session_restore(nullptr, "{}", &error), "restore");
  expect_invalid(attune_session_restore(session_, nullptr, &error),
                 "restore state");
  EXPECT_EQ(engine, nullptr);
  EXPECT_EQ(session, nullptr);
  EXPECT_EQ(out, nullptr);
  // A NULL error pointer only means the message is not wanted.
  EXPECT_EQ(attune_respond(nullptr, "hi", &out, nullptr), kInvalid);
  // Freeing and closing NULL are no-ops.
  attune_free(nullptr);
  attune_session_free(nullptr);
  attune_engine_close(nullptr);
}

TEST_F(CApi, BadOptionsAreRefusedWithoutAnEngine) {
  for (const char* options :
       {"", "not json", "[1, 2]", "{\"corpus\": 3}", "{\"colour\": \"red\"}",
        "{\"rules\": null}", "{\"corpus\": \"x.db\""}) {
    attune_engine* engine = reinterpret_cast<attune_engine*>(1);
    char* error = nullptr;
    EXPECT_EQ(attune_engine_open(options, &engine, &error), kInvalid)
        << options;
    EXPECT_EQ(engine, nullptr) << options;
    EXPECT_NE(Take(error).find("attune_engine_open: "), std::string::npos)
        << options;
  }
}

TEST_F(CApi, EmptyOptionsObjectUsesTheEmbeddedDefaults) {
  attune_engine* engine = nullptr;
  char* error = nullptr;
  ASSERT_EQ(attune_engine_open("{}", &engine, &error), 0) << Take(error);
  attune_engine_close(engine);
}

TEST_F(CApi, MissingCorpusIsAnErrorAndCreatesNoFile) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("attune_c_api_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::path missing = dir / "missing.db";
  json options = {{"corpus", missing.string()}};
  attune_engine* engine = nullptr;
  char* error = nullptr;
  int rc = attune_engine_open(options.dump().c_str(), &engine, &error);
  std::string message = Take(error);
  EXPECT_NE(rc, 0);
  EXPECT_EQ(engine, nullptr);
  EXPECT_NE(message.find("missing.db"), std::string::npos) << message;
  EXPECT_FALSE(std::filesystem::exists(missing));
  attune_engine_close(engine);
  std::filesystem::remove_all(dir);
}

TEST_F(CApi, InvalidUtf8EmptyAndNullTextAreNormalTurns) {
  const char* texts[] = {"\xff\xfe my partner \xc3 ignores me", "", nullptr,
                         "\xed\xa0\x80"};
  for (const char* text : texts) {
    json reply = Respond(session_, text);
    EXPECT_TRUE(reply["reply"].is_string());
    EXPECT_TRUE(reply["crisis"].is_null());
  }
}

TEST_F(CApi, SaveAndRestoreCarryTheConversation) {
  Respond(session_, "he goes silent for days after we argue");
  std::string state = Save(session_);
  EXPECT_EQ(json::parse(state).value("format", ""), "attune-session");

  attune_session* resumed = nullptr;
  char* error = nullptr;
  ASSERT_EQ(attune_session_new(engine_, &resumed, &error), 0) << Take(error);
  ASSERT_EQ(attune_session_restore(resumed, state.c_str(), &error), 0)
      << Take(error);
  EXPECT_EQ(Save(resumed), state);
  const char* next = "and then I chase him and he runs further";
  EXPECT_EQ(Respond(resumed, next), Respond(session_, next));
  attune_session_free(resumed);
}

TEST_F(CApi, CorruptOrFutureStateIsRefusedAndTheSessionUnchanged) {
  Respond(session_, "I am afraid she will leave me");
  std::string state = Save(session_);
  json future = json::parse(state);
  ASSERT_TRUE(future["version"].is_number_integer()) << state;
  future["version"] = future["version"].get<int>() + 1;
  std::string foreign = R"({"name": "someone else's file"})";
  std::string truncated = state.substr(0, state.size() / 2);
  for (const std::string& bad :
       {std::string("{not json"), truncated, future.dump(), foreign,
        std::string("[]"), std::string("")}) {
    char* error = nullptr;
    EXPECT_NE(attune_session_restore(session_, bad.c_str(), &error), 0) << bad;
    EXPECT_FALSE(Take(error).empty()) << bad;
    EXPECT_EQ(Save(session_), state) << bad;
  }
}

}  // namespace
