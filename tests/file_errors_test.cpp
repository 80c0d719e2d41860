// Files attune cannot use, as a user meets them on the command line: each gives
// one line on standard error naming the file and the problem, the exit status
// the README documents, and leaves every file as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"
#include "indexer.hpp"

namespace attune::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kExitDataError = 3;  // README: "Exit statuses"
const RunOptions kAsNobody{.input = "", .unprivileged = true};

std::string BuildCorpus(const TempDir& dir, const std::string& name) {
  std::string path = dir / name;
  EXPECT_TRUE(corpus::BuildDatabaseFile(
                  std::string(ATTUNE_SOURCE_DIR) + "/corpus/docs", path)
                  .ok());
  return path;
}

std::string Document(const std::string& id) {
  return "---\nid: " + id +
         "\ntitle: Extra\n---\n## Kites\n\nA zeppelinword flies high.\n";
}

// The names in `dir`, sorted: a failed command must create nothing.
std::vector<std::string> Entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// One line naming `file`, and nothing else.
void ExpectOneLineNaming(const CliRun& run, const std::string& file) {
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  EXPECT_EQ(run.err.back(), '\n') << run.err;
  EXPECT_NE(run.err.find(file), std::string::npos) << run.err;
}

TEST(FileErrors, SearchReadsAReadOnlyDatabase) {
  TempDir dir;
  std::string db = BuildCorpus(dir, "c.db");
  ASSERT_EQ(chmod(db.c_str(), 0444), 0);
  const std::vector<std::string> search{"--corpus", "c.db", "search",
                                        "oxytocin"};
  CliRun run = RunAttune(dir.path(), search, kAsNobody);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("Oxytocin"), std::string::npos) << run.out;

  ASSERT_EQ(chmod(dir.path().c_str(), 0555), 0);  // a read-only folder too
  run = RunAttune(dir.path(), search, kAsNobody);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("Oxytocin"), std::string::npos) << run.out;
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"c.db"});
}

TEST(FileErrors, ImportIntoAReadOnlyDatabaseChangesNothing) {
  TempDir dir;
  std::string db = BuildCorpus(dir, "c.db");
  dir.Write("a.md", Document("extra_a"));
  const std::string original = Slurp(db);
  const std::vector<std::string> import{"corpus", "import", "a.md", "--corpus",
                                        "c.db"};

  ASSERT_EQ(chmod(db.c_str(), 0444), 0);
  CliRun run = RunAttune(dir.path(), import, kAsNobody);
  EXPECT_EQ(run.status, kExitDataError);
  ExpectOneLineNaming(run, "c.db: the corpus database is read-only");
  EXPECT_EQ(Slurp(db), original);

  // A writable file in a read-only folder: SQLite could not keep its journal.
  ASSERT_EQ(chmod(db.c_str(), 0666), 0);
  ASSERT_EQ(chmod(dir.path().c_str(), 0555), 0);
  run = RunAttune(dir.path(), import, kAsNobody);
  EXPECT_EQ(run.status, kExitDataError);
  ExpectOneLineNaming(run, "c.db: its folder . is read-only");
  EXPECT_EQ(Slurp(db), original);
  EXPECT_EQ(Entries(dir.path()), (std::vector<std::string>{"a.md", "c.db"}));
}

TEST(FileErrors, UnusableCorpusDatabases) {
  TempDir dir;
  const std::string image = Slurp(BuildCorpus(dir, "whole.db"));
  fs::remove(dir / "whole.db");
  dir.Write("a.md", Document("extra_a"));
  dir.Write("empty.db", "");
  dir.Write("text.db", "this is not a database\n");
  dir.Write("header.db", image.substr(0, 100));
  dir.Write("half.db", image.substr(0, image.size() / 2));
  fs::create_directory(dir / "folder.db");
  const std::vector<std::string> before = Entries(dir.path());
  std::vector<std::string> contents;
  for (const std::string& name : before) contents.push_back(Slurp(dir / name));

  for (const std::string name : {"missing.db", "empty.db", "text.db",
                                 "header.db", "half.db", "folder.db"}) {
    for (const std::vector<std::string>& command :
         std::vector<std::vector<std::string>>{{"search", "sex"},
                                               {"corpus", "list"},
                                               {"corpus", "import", "a.md"},
                                               {"analyze", "hello"},
                                               {"chat"}}) {
      std::vector<std::string> args{"--corpus", name};
      args.insert(args.end(), command.begin(), command.end());
      SCOPED_TRACE(name + " " + command[0]);
      CliRun run = RunAttune(dir.path(), args, {.input = "hello\n"});
      EXPECT_EQ(run.status, kExitDataError);
      ExpectOneLineNaming(run, name);
      EXPECT_EQ(run.out, "");
    }
  }
  EXPECT_EQ(Entries(dir.path()), before);  // missing.db was not created
  for (size_t i = 0; i < before.size(); ++i)
    EXPECT_EQ(Slurp(dir / before[i]), contents[i]) << before[i];
}

TEST(FileErrors, UnreadableCorpusDatabase) {
  TempDir dir;
  std::string db = BuildCorpus(dir, "c.db");
  dir.Write("a.md", Document("extra_a"));
  ASSERT_EQ(chmod(db.c_str(), 0), 0);
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{
           {"--corpus", "c.db", "search", "sex"},
           {"--corpus", "c.db", "chat"},
           {"corpus", "import", "a.md", "--corpus", "c.db"}}) {
    SCOPED_TRACE(command[2]);
    CliRun run = RunAttune(dir.path(), command, kAsNobody);
    EXPECT_EQ(run.status, kExitDataError);
    ExpectOneLineNaming(
        run, "c.db: cannot open the corpus database (Permission denied)");
    EXPECT_EQ(run.out, "");
  }
  EXPECT_EQ(Entries(dir.path()), (std::vector<std::string>{"a.md", "c.db"}));
}

TEST(FileErrors, LoadRefusesCorruptAndFutureSessions) {
  TempDir dir;
  CliRun run = RunAttune(dir.path(), {"chat"},
                         {.input = "my partner ignores my texts\n/save "
                                   "talk.json\n"});
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string saved = Slurp(dir / "talk.json");
  nlohmann::json future = nlohmann::json::parse(saved);
  future["version"] = future["version"].get<int>() + 1;
  dir.Write("future.json", future.dump());
  dir.Write("cut.json", saved.substr(0, saved.size() / 2));
  dir.Write("binary.json", std::string("\x00\xff\x1b[31m", 7));
  dir.Write("other.json", R"({"format": "something else", "version": 1})");

  for (const std::string name :
       {"future.json", "cut.json", "binary.json", "other.json", "none.json"}) {
    SCOPED_TRACE(name);
    // The failed /load must leave the conversation as it was: saving it again
    // gives the same state.
    run = RunAttune(dir.path(), {"chat"},
                    {.input = "my partner ignores my texts\n/load " + name +
                              "\n/save again.json\n"});
    EXPECT_EQ(run.status, kExitDataError);
    ExpectOneLineNaming(run, name);
    EXPECT_NE(run.err.find("the conversation is unchanged"), std::string::npos)
        << run.err;
    EXPECT_EQ(run.err.find('\x1b'), std::string::npos);
    EXPECT_EQ(Slurp(dir / "again.json"), saved);
    fs::remove(dir / "again.json");
  }
  run = RunAttune(dir.path(), {"chat"}, {.input = "/load future.json\n"});
  EXPECT_NE(run.err.find("version"), std::string::npos) << run.err;
}

TEST(FileErrors, RulesFolderWithABadFile) {
  TempDir dir;
  fs::copy(std::string(ATTUNE_SOURCE_DIR) + "/rules", dir / "rules");
  dir.Write("rules/zz_bad.rules",
            "concept ~fine = fine ;\nconcept ~a = b\nintent x { has ~a ; }\n");
  const std::string where = dir / "rules/zz_bad.rules";
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{
           {"analyze", "hello"}, {"chat"}, {"rules", "check"}}) {
    SCOPED_TRACE(command[0]);
    std::vector<std::string> args{"--rules", "rules"};
    args.insert(args.end(), command.begin(), command.end());
    CliRun run = RunAttune(dir.path(), args, {.input = "hello\n"});
    EXPECT_EQ(run.status, kExitDataError);
    // The first line names the file, line, column and problem; the source
    // line and a caret follow, as for every rule-language error.
    std::string first = run.err.substr(0, run.err.find('\n'));
    EXPECT_NE(
        first.find("rules/zz_bad.rules:2:15: expected ';' after concept list"),
        std::string::npos)
        << run.err << run.out;
    EXPECT_EQ(run.out, "");
  }
}

}  // namespace
}  // namespace attune::testing
