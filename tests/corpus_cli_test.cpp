// `attune search` and `attune corpus` as a user runs them: exit statuses,
// output, atomic import.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer.hpp"
#include "reader.hpp"

namespace attune::corpus {
namespace {

namespace fs = std::filesystem;

// A fresh empty directory, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (fs::temp_directory_path() / "attune_cli_XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
    return (path_ / name).string();
  }

 private:
  fs::path path_;
};

struct CliRun {
  int status;
  std::string out, err;
};

// Runs the attune binary with `args` (already shell-quoted) from `dir`, stdout
// and stderr captured to files, so stdout is never a terminal.
CliRun Attune(const fs::path& dir, const std::string& args) {
  std::string command = "cd '" + dir.string() + "' && '" + ATTUNE_CLI + "' " +
                        args + " >out.txt 2>err.txt";
  int raw = std::system(command.c_str());
  auto slurp = [&](const char* name) {
    std::ifstream in(dir / name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  return CliRun{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp("out.txt"),
                slurp("err.txt")};
}

const char kDoc[] =
    "---\nid: %s\ntitle: Extra\n---\n## Kites\n<!-- topics: play -->\n\nA "
    "zeppelinword flies high. It lands softly.\n";

std::string Doc(const std::string& id) {
  std::string text = kDoc;
  text.replace(text.find("%s"), 2, id);
  return text;
}

TEST(CorpusCli, SearchRunsFromAnEmptyDirectory) {
  TempDir dir;
  CliRun r = Attune(dir.path(), "search oxytocin --limit 2");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("The Intimacy Illusion: How Attachment Styles Play Out "
                       "in Bed \xe2\x80\xba "
                       "Oxytocin"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("score "), std::string::npos);
  EXPECT_EQ(r.out.find('\x1b'),
            std::string::npos);  // piped: no escape sequences
  // The binary needs no files beside it and writes none.
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path()))
    ++entries;
  EXPECT_EQ(entries, 2);  // out.txt and err.txt
}

TEST(CorpusCli, ExitStatuses) {
  TempDir dir;
  EXPECT_EQ(Attune(dir.path(), "search zzzqqqxx").status, 1);
  CliRun typo = Attune(dir.path(), "search oxytoxin");
  EXPECT_EQ(typo.status, 1);
  EXPECT_NE(typo.out.find("oxytocin"), std::string::npos) << typo.out;
  CliRun fts = Attune(dir.path(), "search --fts 'sex AND ('");
  EXPECT_EQ(fts.status, 2);
  EXPECT_EQ(std::count(fts.err.begin(), fts.err.end(), '\n'), 1) << fts.err;
  EXPECT_EQ(Attune(dir.path(), "search --fts 'heading:kiss'").status, 0);
  EXPECT_EQ(Attune(dir.path(), "search --doc nope sex").status, 2);
  EXPECT_EQ(
      Attune(dir.path(), "search '\"(NEAR AND OR NOT * ^ - body:x'").status, 0);
}

TEST(CorpusCli, NothingFromAQueryReachesTheTerminalAsControl) {
  TempDir dir;
  CliRun r = Attune(dir.path(),
                    "search \"$(printf 'zzq\\033]0;pwned\\007\\033[31m')\"");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(r.out.find('\x07'), std::string::npos);
}

TEST(CorpusCli, JsonOutputIsOneArray) {
  TempDir dir;
  CliRun r = Attune(dir.path(), "search --json --limit 2 six second kiss");
  EXPECT_EQ(r.status, 0);
  ASSERT_FALSE(r.out.empty());
  EXPECT_EQ(r.out.front(), '[');
  EXPECT_NE(r.out.find("\"section\":\"1. The Six-Second Kiss\""),
            std::string::npos)
      << r.out;
  CliRun none = Attune(dir.path(), "search --json zzzqqqxx");
  EXPECT_EQ(none.status, 1);
  EXPECT_EQ(none.out, "[]\n");
}

TEST(CorpusCli, BuildImportAndList) {
  TempDir dir;
  CliRun build =
      Attune(dir.path(), std::string("corpus build '") + ATTUNE_SOURCE_DIR +
                             "/corpus/docs' -o c.db");
  ASSERT_EQ(build.status, 0) << build.err;
  dir.Write("a.md", Doc("extra_a"));
  CliRun import = Attune(dir.path(), "corpus import a.md --corpus c.db");
  ASSERT_EQ(import.status, 0) << import.err;
  CliRun found = Attune(dir.path(), "--corpus c.db search zeppelinword");
  EXPECT_EQ(found.status, 0) << found.err;
  EXPECT_NE(found.out.find("Extra \xe2\x80\xba Kites"), std::string::npos)
      << found.out;
  CliRun list = Attune(dir.path(), "--corpus c.db corpus list");
  EXPECT_EQ(list.status, 0);
  EXPECT_NE(list.out.find("extra_a  Extra\n    Kites  (1 passage; play)"),
            std::string::npos)
      << list.out;
  EXPECT_NE(
      list.out.find("001_e11ef74f634c93ef  Sex as a Barometer of Bonding"),
      std::string::npos);
  EXPECT_EQ(Attune(dir.path(), "corpus import a.md").status, 2);  // no --corpus
}

// The database's documents, as `corpus list` would show them.
std::vector<std::string> DocIds(const std::string& db) {
  std::unique_ptr<Reader> reader;
  std::vector<DocumentInfo> docs;
  EXPECT_TRUE(Reader::OpenFile(db, &reader).ok());
  EXPECT_TRUE(reader->Documents(&docs).ok());
  std::vector<std::string> ids;
  for (const auto& doc : docs) ids.push_back(doc.id);
  return ids;
}

TEST(CorpusCli, ImportIsAllOrNothing) {
  TempDir dir;
  std::string db = (dir.path() / "c.db").string();
  ASSERT_TRUE(
      BuildDatabaseFile(std::string(ATTUNE_SOURCE_DIR) + "/corpus/docs", db)
          .ok());
  std::vector<std::string> before = DocIds(db);
  std::string good1 = dir.Write("good1.md", Doc("good1"));
  std::string broken =
      dir.Write("broken.md", "---\nid: broken\n---\n## H\ntext\n");
  std::string dup = dir.Write("dup.md", Doc("good1"));  // same id as good1
  std::string good2 = dir.Write("good2.md", Doc("good2"));

  Status s = ImportDocumentFiles(db, {good1, broken, good2});
  EXPECT_EQ(s.code(), Status::Code::kParseError);
  EXPECT_NE(s.message().find("broken.md:2: front matter needs a 'title:'"),
            std::string::npos)
      << s.message();
  EXPECT_EQ(DocIds(db), before);

  s = ImportDocumentFiles(db,
                          {good1, dup, good2});  // fails inside the transaction
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.message();
  EXPECT_EQ(DocIds(db), before);

  CliRun cli = Attune(
      dir.path(), "corpus import good1.md broken.md good2.md --corpus c.db");
  EXPECT_EQ(cli.status, 3);
  EXPECT_NE(cli.err.find("broken.md"), std::string::npos);
  EXPECT_EQ(DocIds(db), before);

  ASSERT_TRUE(ImportDocumentFiles(db, {good1, good2}).ok());
  std::vector<std::string> after = before;
  after.push_back("good1");
  after.push_back("good2");
  EXPECT_EQ(DocIds(db), after);
}

TEST(CorpusCli, ImportNeverCreatesADatabase) {
  TempDir dir;
  dir.Write("a.md", Doc("a"));
  EXPECT_EQ(ImportDocumentFiles((dir.path() / "new.db").string(),
                                {(dir.path() / "a.md").string()})
                .code(),
            Status::Code::kNotFound);
  EXPECT_FALSE(fs::exists(dir.path() / "new.db"));
  dir.Write("not.db", "this is not sqlite");
  EXPECT_EQ(Attune(dir.path(), "--corpus not.db search sex").status, 3);
}

}  // namespace
}  // namespace attune::corpus
