#include "state_files.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace attune::cli {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the system temp folder, removed afterwards.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern =
        (fs::temp_directory_path() / "attune-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempFolder() { fs::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

mode_t ModeOf(const std::string& path) {
  struct stat info {};
  EXPECT_EQ(stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 07777;
}

// Sets the umask for one scope: the files must be private even under a loose
// one.
class LooseUmask {
 public:
  LooseUmask() : previous_(umask(0)) {}
  ~LooseUmask() { umask(previous_); }

 private:
  mode_t previous_;
};

TEST(StateFiles, HistoryPathFollowsXdgThenHome) {
  EXPECT_EQ(HistoryPath("/x/state", "/home/u"), "/x/state/attune/history");
  EXPECT_EQ(HistoryPath(nullptr, "/home/u"),
            "/home/u/.local/state/attune/history");
  EXPECT_EQ(HistoryPath("", "/home/u"), "/home/u/.local/state/attune/history");
  EXPECT_EQ(HistoryPath("relative", "/home/u"),
            "/home/u/.local/state/attune/history");
  EXPECT_EQ(HistoryPath(nullptr, nullptr), "");
}

TEST(StateFiles, HistoryFileIsCreatedPrivateUnderALooseUmask) {
  TempFolder temp;
  LooseUmask loose;
  std::string path = HistoryPath(temp.path().c_str(), nullptr);
  ASSERT_TRUE(PrepareHistoryFile(path).ok());
  EXPECT_EQ(ModeOf(path), 0600u);
  EXPECT_EQ(ModeOf(temp.path() + "/attune"), 0700u);
  ASSERT_TRUE(PrepareHistoryFile(path).ok());  // a second time is fine
}

TEST(StateFiles, HistoryFileReadableByOthersIsMadePrivate) {
  TempFolder temp;
  std::string path = temp.path() + "/history";
  std::ofstream(path) << "hello\n";
  chmod(path.c_str(), 0644);
  ASSERT_TRUE(PrepareHistoryFile(path).ok());
  EXPECT_EQ(ModeOf(path), 0600u);
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "hello");  // kept, not truncated
}

TEST(StateFiles, UnwritableHistoryIsAnErrorNamingThePath) {
  TempFolder temp;
  std::string blocker = temp.path() + "/file";
  std::ofstream(blocker) << "x";
  Status status = PrepareHistoryFile(blocker + "/attune/history");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find(blocker), std::string::npos)
      << status.message();
}

TEST(StateFiles, AtomicWriteIsPrivateAndLeavesNoTemporary) {
  TempFolder temp;
  LooseUmask loose;
  std::string path = temp.path() + "/talk.json";
  std::ofstream(path) << "old";
  chmod(path.c_str(), 0644);
  ASSERT_TRUE(WriteFileAtomically(path, "{\"new\":1}").ok());
  EXPECT_EQ(ModeOf(path), 0600u);
  std::string contents;
  ASSERT_TRUE(ReadSmallFile(path, 1 << 20, &contents).ok());
  EXPECT_EQ(contents, "{\"new\":1}");
  EXPECT_EQ(std::distance(fs::directory_iterator(temp.path()),
                          fs::directory_iterator()),
            1);
}

TEST(StateFiles, AtomicWriteIntoAMissingFolderFails) {
  TempFolder temp;
  Status status = WriteFileAtomically(temp.path() + "/no/such/talk.json", "x");
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("/no/such/talk.json"), std::string::npos);
}

TEST(StateFiles, ReadSmallFileRefusesFoldersAndLargeFiles) {
  TempFolder temp;
  std::string contents;
  EXPECT_FALSE(ReadSmallFile(temp.path(), 100, &contents).ok());
  std::ofstream(temp.path() + "/big") << std::string(200, 'x');
  EXPECT_FALSE(ReadSmallFile(temp.path() + "/big", 100, &contents).ok());
  EXPECT_EQ(ReadSmallFile(temp.path() + "/none", 100, &contents).code(),
            Status::Code::kNotFound);
}

TEST(StateFiles, ExpandsHomeOnlyAtTheStart) {
  EXPECT_EQ(ExpandHome("~/a.json", "/home/u"), "/home/u/a.json");
  EXPECT_EQ(ExpandHome("a~/b", "/home/u"), "a~/b");
  EXPECT_EQ(ExpandHome("~user/x", "/home/u"), "~user/x");
  EXPECT_EQ(ExpandHome("~/a", nullptr), "~/a");
}

}  // namespace
}  // namespace attune::cli
