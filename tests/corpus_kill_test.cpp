// `attune corpus import` killed with SIGKILL at many points of its run: the
// database must still open for reading, pass PRAGMA integrity_check and hold
// either all the new documents or none of them.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "cli_fixture.hpp"
#include "indexer.hpp"

namespace attune::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A document big enough that importing a few of them takes a while: many
// sections of many sentences, with words no other document has, so every
// passage adds rows to the passages, FTS and vocabulary tables.
std::string BulkDocument(int n) {
  std::string text = "---\nid: bulk_" + std::to_string(n) + "\ntitle: Bulk " +
                     std::to_string(n) + "\n---\n";
  for (int s = 0; s < 60; ++s) {
    text += "## Part " + std::to_string(s) + "\n<!-- topics: play -->\n\n";
    for (int p = 0; p < 6; ++p) {
      for (int w = 0; w < 12; ++w) {
        text += "Word" + std::to_string(n) + "x" + std::to_string(s) + "y" +
                std::to_string(p * 12 + w) + " stays near the others. ";
      }
      text += "\n\n";
    }
  }
  return text;
}

// A journal SQLite must roll back before reading: one whose header has been
// written, which happens once the transaction has begun changing the file.
bool HotJournal(const fs::path& path) {
  static constexpr unsigned char kMagic[] = {0xd9, 0xd5, 0x05, 0xf9,
                                             0x20, 0xa1, 0x63, 0xd7};
  std::string head = Slurp(path.string()).substr(0, sizeof kMagic);
  return head.size() == sizeof kMagic &&
         std::equal(head.begin(), head.end(), kMagic,
                    [](char a, unsigned char b) {
                      return static_cast<unsigned char>(a) == b;
                    });
}

std::string IntegrityCheck(const std::string& db_path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
      SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    result = sqlite3_step(stmt) == SQLITE_ROW
                 ? reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))
                 : sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return result;
}

std::string List(const TempDir& dir, const std::string& db) {
  CliRun run = RunAttune(dir.path(), {"--corpus", db, "corpus", "list"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  return run.out;
}

TEST(CorpusImportKilled, LeavesAllOrNothing) {
  TempDir dir;
  const std::string pristine = dir / "pristine.db";
  ASSERT_TRUE(corpus::BuildDatabaseFile(
                  std::string(ATTUNE_SOURCE_DIR) + "/corpus/docs", pristine)
                  .ok());
  std::vector<std::string> import{"corpus", "import", "--corpus", "work.db"};
  for (int n = 0; n < 6; ++n)
    import.push_back(
        dir.Write("bulk" + std::to_string(n) + ".md", BulkDocument(n)));

  // A whole run first: how long it takes here, and what "all" looks like.
  fs::copy_file(pristine, dir / "work.db");
  const std::string before = List(dir, "work.db");
  auto start = Clock::now();
  CliRun whole = RunAttune(dir.path(), import);
  auto duration = Clock::now() - start;
  ASSERT_EQ(whole.status, 0) << whole.err;
  const std::string after = List(dir, "work.db");
  ASSERT_NE(before, after);

  // Kill after one, two, three... twelfths of that time, until an import ends
  // before its kill, so the whole run is covered even when this machine is
  // slower now than it was for the first run. A journal left behind shows
  // the kill came inside the transaction; a hot one, that the database file
  // had already been changed and a reader must roll the import back.
  const auto step = duration / 12;
  int inside_transaction = 0, hot_journals = 0;
  bool ran_to_the_end = false;
  for (int k = 1; !ran_to_the_end && k <= 60; ++k) {
    SCOPED_TRACE("killed after " + std::to_string(k) + "/12 of the first run");
    fs::remove(dir / "work.db-journal");
    fs::copy_file(pristine, dir / "work.db",
                  fs::copy_options::overwrite_existing);
    FILE* sink = std::tmpfile();
    pid_t pid = SpawnAttune(dir.path(), import, -1, fileno(sink), fileno(sink));
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(step * k);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    std::fclose(sink);
    ran_to_the_end = WIFEXITED(status);
    if (fs::exists(dir / "work.db-journal")) ++inside_transaction;
    if (HotJournal(dir / "work.db-journal")) ++hot_journals;

    // Reading comes first: a reader must cope with the interrupted import
    // itself, not rely on a writer having rolled it back.
    std::string listed = List(dir, "work.db");
    EXPECT_TRUE(listed == before || listed == after) << listed;
    EXPECT_EQ(IntegrityCheck(dir / "work.db"), "ok");
    CliRun search = RunAttune(
        dir.path(), {"--corpus", "work.db", "search", "word0x0y0", "--json"});
    EXPECT_EQ(search.status, listed == before ? 1 : 0) << search.err;
  }
  // Otherwise the test proved nothing: kills must land inside the
  // transaction, and some after it began overwriting the database.
  EXPECT_GT(inside_transaction, 0);
  EXPECT_GT(hot_journals, 0)
      << inside_transaction << " kills inside the transaction";
}

}  // namespace
}  // namespace attune::testing
