#include "chat.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "command.hpp"

namespace attune::cli {
namespace {

// A ChatSession that answers predictably and records what it was asked.
class FakeSession final : public ChatSession {
 public:
  Status Respond(std::string_view text, Reply* reply) override {
    if (text == "fail") return Status::Internal("the engine broke");
    said.emplace_back(text);
    *reply = Reply{};
    reply->text = "reply " + std::to_string(said.size());
    reply->rules = {"feels_abandoned"};
    reply->evidence = {{"feels_abandoned", "self", "anxious", 0.6,
                        "feel \x1b[2Jabandoned", 1}};
    reply->citations = {
        {"d1", "Title", "Section", 2, "The full passage.\x1b]0;x\x07"}};
    last_ = *reply;
    return Status::OK();
  }
  const Reply& LastReply() const override { return last_; }
  PatternScores SelfScores() const override { return {0.25, 0.5, 0, 0}; }
  PatternScores PartnerScores() const override { return {0, 0, 0.75, 0}; }
  std::vector<Evidence> AllEvidence() const override { return last_.evidence; }
  Status Search(std::string_view query, const SearchOptions& options,
                SearchResult* result) override {
    *result = SearchResult{};
    searched = std::string(query);
    limit = options.limit;
    result->hits.push_back(
        {"d1", "Title", "Section", 1, "full", "a **pursuer** chases", 1});
    return Status::OK();
  }
  Status Save(std::string* state_json) const override {
    *state_json =
        "{\"format\":1,\"turns\":" + std::to_string(said.size()) + "}";
    return Status::OK();
  }
  Status Restore(std::string_view state_json) override {
    if (state_json.rfind("{\"format\":1", 0) != 0)
      return Status::Corruption("not attune state");
    restored = std::string(state_json);
    return Status::OK();
  }
  void Reset() override {
    ++resets;
    last_ = Reply{};
  }

  std::vector<std::string> said;
  std::string searched, restored;
  int limit = 0, resets = 0;

 private:
  Reply last_;
};

class VectorReader final : public LineReader {
 public:
  explicit VectorReader(std::vector<std::string> lines)
      : lines_(std::move(lines)) {}
  bool ReadLine(std::string* line) override {
    if (next_ == lines_.size()) return false;
    *line = lines_[next_++];
    return true;
  }
  bool interactive() const override { return false; }
  size_t consumed() const { return next_; }

 private:
  std::vector<std::string> lines_;
  size_t next_ = 0;
};

struct ChatRun {
  std::string out, err;
  int status = 0;
};

ChatRun Chat(FakeSession& session, std::vector<std::string> lines,
             ChatOptions options = {}) {
  VectorReader reader(std::move(lines));
  std::ostringstream out, err;
  ChatRun run;
  run.status = RunChat(reader, session, options, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos;
       at = text.find(what, at + 1))
    ++n;
  return n;
}

TEST(ChatCommands, TableHasEverySlashCommandOnce) {
  std::set<std::string> names;
  for (const SlashCommand& command : SlashCommands()) {
    EXPECT_EQ(command.name[0], '/');
    EXPECT_NE(std::string(command.summary), "");
    EXPECT_EQ(FindSlashCommand(command.name), &command);
    EXPECT_TRUE(names.insert(command.name).second) << command.name;
  }
  std::set<std::string> wanted = {"/help",    "/why",    "/profile",
                                  "/sources", "/search", "/reset",
                                  "/save",    "/load",   "/quit"};
  EXPECT_EQ(names, wanted);
  EXPECT_EQ(FindSlashCommand("/hel"), nullptr);
  EXPECT_EQ(FindSlashCommand("help"), nullptr);
}

TEST(ChatCommands, HelpListsEveryCommand) {
  FakeSession session;
  ChatRun run = Chat(session, {"/help"});
  for (const SlashCommand& command : SlashCommands()) {
    EXPECT_NE(run.out.find(command.name), std::string::npos) << command.name;
  }
}

TEST(ChatCommands, UnknownCommandIsAOneLineHint) {
  FakeSession session;
  ChatRun run = Chat(session, {"/frob\x1b[31m x"});
  EXPECT_EQ(run.out, "Unknown command /frob. Type /help for the list.\n\n");
  EXPECT_EQ(Chat(session, {"/sou"}).out,
            "Unknown command /sou. Did you mean /sources? Type /help for the "
            "list.\n\n");
  EXPECT_TRUE(session.said.empty());
}

TEST(ChatCommands, QuitStopsReading) {
  FakeSession session;
  VectorReader reader({"hello", "/quit", "never said"});
  std::ostringstream out, err;
  EXPECT_EQ(RunChat(reader, session, {}, out, err), 0);
  EXPECT_EQ(reader.consumed(), 2u);
  EXPECT_EQ(session.said, std::vector<std::string>{"hello"});
}

TEST(ChatCommands, WhyShowsRulesAndEvidenceWordsSafely) {
  FakeSession session;
  ChatRun before = Chat(session, {"/why"});
  EXPECT_NE(before.out.find("Nothing to explain yet"), std::string::npos);
  ChatRun run = Chat(session, {"I feel abandoned", "/why"});
  EXPECT_NE(run.out.find("  feels_abandoned\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("you  anxious  +0.60  \"feel abandoned\""),
            std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
}

TEST(ChatCommands, ProfileShowsBothScoresAndEvidence) {
  FakeSession session;
  ChatRun run = Chat(session, {"x", "/profile"});
  EXPECT_NE(run.out.find("you          0.25     0.50      0.00     0.00"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("partner      0.00     0.00      0.75     0.00"),
            std::string::npos);
  EXPECT_NE(run.out.find("(rule feels_abandoned)"), std::string::npos);
}

TEST(ChatCommands, SourcesShowFullPassagesWithoutEscapes) {
  FakeSession session;
  ChatRun run = Chat(session, {"x", "/sources"});
  EXPECT_NE(
      run.out.find("[1] Title › Section (passage 2)\n    The full passage.\n"),
      std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
}

TEST(ChatCommands, SearchShowsTitleSectionAndSnippet) {
  FakeSession session;
  ChatRun run = Chat(session, {"/search   pursuer chases  "});
  EXPECT_EQ(session.searched, "pursuer chases");
  EXPECT_GT(session.limit, 0);
  EXPECT_EQ(run.out, "Title › Section\n  a **pursuer** chases\n\n");
  ChatRun empty = Chat(session, {"/search"});
  EXPECT_NE(empty.err.find("/search needs words"), std::string::npos);
}

TEST(ChatCommands, ResetForgetsTheConversation) {
  FakeSession session;
  Chat(session, {"x", "/reset"});
  EXPECT_EQ(session.resets, 1);
}

TEST(ChatCommands, SaveWritesAPrivateFileAndLoadReadsIt) {
  std::string folder =
      (std::filesystem::temp_directory_path() / "attune-chat-XXXXXX").string();
  ASSERT_NE(mkdtemp(folder.data()), nullptr);
  std::string path = folder + "/talk.json";
  mode_t old_mask = umask(0);
  FakeSession session;
  ChatRun run = Chat(session, {"one", "/save " + path, "/load " + path});
  umask(old_mask);
  EXPECT_EQ(run.status, 0) << run.err;
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(session.restored, "{\"format\":1,\"turns\":1}");
  std::filesystem::remove_all(folder);
}

TEST(ChatCommands, CorruptSaveIsOneLineAndChangesNothing) {
  std::string folder =
      (std::filesystem::temp_directory_path() / "attune-chat-XXXXXX").string();
  ASSERT_NE(mkdtemp(folder.data()), nullptr);
  std::string path = folder + "/bad.json";
  std::ofstream(path) << "{\"format\":99 garbage";
  FakeSession session;
  ChatRun run = Chat(session, {"/load " + path, "still here"});
  EXPECT_EQ(run.status, kExitDataError);
  EXPECT_EQ(Count(run.err, "\n"), 1u) << run.err;
  EXPECT_NE(run.err.find(path), std::string::npos);
  EXPECT_NE(run.err.find("unchanged"), std::string::npos);
  EXPECT_EQ(session.restored, "");
  EXPECT_EQ(session.said,
            std::vector<std::string>{"still here"});  // the chat went on
  std::filesystem::remove_all(folder);
}

TEST(ChatLoop, LongLineIsCutWithOneNote) {
  FakeSession session;
  ChatRun run = Chat(session, {std::string(20000, 'a')});
  ASSERT_EQ(session.said.size(), 1u);
  EXPECT_EQ(session.said[0].size(), kMaxLineBytes);
  EXPECT_EQ(Count(run.out, "16 KiB"), 2u)
      << run.out;  // one sentence naming the limit twice
  EXPECT_EQ(Count(run.out, "Note:"), 1u);
}

TEST(ChatLoop, CutKeepsWholeCharacters) {
  std::string line(kMaxLineBytes - 1, 'a');
  line += "\xc3\xa9\xc3\xa9";  // é straddles the limit
  EXPECT_TRUE(CutLongLine(&line));
  EXPECT_EQ(line.size(), kMaxLineBytes - 1);
  std::string short_line = "short";
  EXPECT_FALSE(CutLongLine(&short_line));
}

TEST(ChatLoop, TextModeIgnoresBlankLinesAndSeparatesReplies) {
  FakeSession session;
  ChatRun run = Chat(session, {"", "   ", "hello", "again"});
  EXPECT_EQ(run.out, "reply 1\n\nreply 2\n\n");
  EXPECT_EQ(session.said.size(), 2u);
}

TEST(ChatLoop, FailedTurnIsReportedAndTheChatGoesOn) {
  FakeSession session;
  ChatRun run = Chat(session, {"fail", "fine"});
  EXPECT_EQ(run.err, "attune: the engine broke\n");
  EXPECT_EQ(run.out, "reply 1\n\n");
  EXPECT_EQ(run.status, kExitDataError);
}

TEST(ChatLoop, JsonModePrintsOneObjectPerLine) {
  FakeSession session;
  ChatOptions options;
  options.json = true;
  ChatRun run = Chat(session,
                     {"hi", "", "/help", "/nope", "fail", "/load /no/such/file",
                      std::string(20000, 'b')},
                     options);
  std::istringstream lines(run.out);
  std::string line;
  std::vector<nlohmann::json> objects;
  while (std::getline(lines, line)) {
    objects.push_back(nlohmann::json::parse(line));
    EXPECT_TRUE(objects.back().is_object()) << line;
  }
  ASSERT_EQ(objects.size(), 7u) << run.out;
  EXPECT_EQ(objects[2]["command"], "/help");
  EXPECT_EQ(objects[4]["error"], "the engine broke");
  EXPECT_TRUE(objects[5].contains("error"));
  EXPECT_NE(objects[6]["note"].get<std::string>().find("16 KiB"),
            std::string::npos);
  EXPECT_EQ(run.err, "");
}

}  // namespace
}  // namespace attune::cli
