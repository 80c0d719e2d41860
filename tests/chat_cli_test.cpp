// `attune chat` as a process: through a pipe, and on a terminal (a
// pseudo-terminal).
#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

namespace fs = std::filesystem;

class ChatProcess : public testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (fs::temp_directory_path() / "attune-cli-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Pipes `input` into `attune chat ARGS`; returns its exit status, fills out
  // and err.
  int RunPiped(const std::string& args, const std::string& input) {
    std::ofstream(dir_ + "/in", std::ios::binary) << input;
    std::string command = "env -u NO_COLOR TERM=xterm XDG_STATE_HOME='" + dir_ +
                          "' '" + ATTUNE_CLI + "' chat " + args + " <'" + dir_ +
                          "/in' >'" + dir_ + "/out' 2>'" + dir_ + "/err'";
    int status = std::system(command.c_str());
    out_ = Slurp(dir_ + "/out");
    err_ = Slurp(dir_ + "/err");
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  static std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  std::string dir_, out_, err_;
};

TEST_F(ChatProcess, PipedInputGetsNoPromptNoColourNoHistory) {
  ASSERT_EQ(RunPiped("", "/help\n/nope \x1b]0;title\x07\n/quit\n"), 0) << err_;
  EXPECT_EQ(out_.rfind("Commands:\n", 0), 0u) << out_;  // no banner, no prompt
  EXPECT_EQ(out_.find("you> "), std::string::npos);
  EXPECT_EQ(out_.find('\x1b'), std::string::npos);
  EXPECT_NE(out_.find("Unknown command /nope."), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ + "/attune/history"));
}

TEST_F(ChatProcess, PipedJsonIsOneObjectPerInputLine) {
  std::string input =
      "hello\n\n/why\n/bogus\n" + std::string(70000, 'x') + "\n\xff\xfe bad\n";
  ASSERT_EQ(RunPiped("--json", input), 0) << err_;
  std::istringstream lines(out_);
  std::string line;
  int objects = 0;
  while (std::getline(lines, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    EXPECT_TRUE(j.is_object()) << line.substr(0, 200);
    ++objects;
  }
  EXPECT_EQ(objects, 6);
}

TEST_F(ChatProcess, SaveThroughThePipeIsPrivate) {
  ASSERT_EQ(RunPiped("", "hello\n/save " + dir_ + "/talk.json\n"), 0) << err_;
  struct stat info {};
  ASSERT_EQ(stat((dir_ + "/talk.json").c_str(), &info), 0) << out_ << err_;
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  std::ofstream(dir_ + "/bad.json") << "not json";
  EXPECT_EQ(RunPiped("", "/load " + dir_ + "/bad.json\n"), 3);
  EXPECT_NE(err_.find(dir_ + "/bad.json"), std::string::npos) << err_;
}

// Reads from `fd` into `seen` until it holds `needle` after `from`; false on
// timeout or EOF.
bool ReadUntil(int fd, std::string* seen, size_t from,
               const std::string& needle) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (seen->find(needle, from) == std::string::npos) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    char buffer[4096];
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return false;
    seen->append(buffer, static_cast<size_t>(n));
  }
  return true;
}

// Starts `attune chat` on a new pseudo-terminal with the given state folder;
// as user nobody when `unprivileged` and the tests run as root, who could
// write anywhere.
pid_t SpawnOnTerminal(const std::string& state_home, int* master,
                      bool unprivileged = false) {
  pid_t pid = forkpty(master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    if (unprivileged && geteuid() == 0 &&
        (setgroups(0, nullptr) != 0 || setgid(65534) != 0 ||
         setuid(65534) != 0)) {
      _exit(126);
    }
    setenv("XDG_STATE_HOME", state_home.c_str(), 1);
    setenv("TERM", "xterm", 1);
    setenv("NO_COLOR", "1", 1);
    umask(0);  // the history must still be private
    execl(ATTUNE_CLI, "attune", "chat", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

// Waits for the chat to end; its exit status, or -1 when a signal ended it.
int Finish(pid_t pid, int master, std::string* seen) {
  ReadUntil(master, seen, 0, "\x01never\x01");  // drain to EOF
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs a short chat on a terminal with `state_home`, where the history cannot
// be written: one warning naming `named`, and the chat goes on and ends well.
void ExpectHistoryWarningOnce(const std::string& state_home,
                              const std::string& named,
                              bool unprivileged = false) {
  int master = -1;
  pid_t pid = SpawnOnTerminal(state_home, &master, unprivileged);
  ASSERT_GE(pid, 0);
  std::string seen;
  ASSERT_TRUE(ReadUntil(master, &seen, 0, "you> ")) << seen;
  size_t mark = seen.size();
  ASSERT_EQ(write(master, "/help\n", 6), 6);
  ASSERT_TRUE(ReadUntil(master, &seen, mark + 6, "you> ")) << seen;
  ASSERT_EQ(write(master, "\x04", 1), 1);
  EXPECT_EQ(Finish(pid, master, &seen), 0) << seen;
  EXPECT_NE(seen.find("Commands:"), std::string::npos) << seen;
  size_t warning = seen.find("history will not be saved");
  ASSERT_NE(warning, std::string::npos) << seen;
  EXPECT_EQ(seen.find("history will not be saved", warning + 1),
            std::string::npos);
  size_t line_start = seen.rfind('\n', warning);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string line =
      seen.substr(line_start, seen.find('\n', warning) - line_start);
  EXPECT_NE(line.find(named), std::string::npos) << line;
}

TEST_F(ChatProcess, UnwritableHistoryWarnsOnceAndTheChatGoesOn) {
  std::ofstream(dir_ + "/file") << "x";
  ExpectHistoryWarningOnce(dir_ + "/file", dir_ + "/file");
}

TEST_F(ChatProcess, HistoryThatIsAFolderWarnsOnceAndTheChatGoesOn) {
  fs::create_directories(dir_ + "/attune/history");
  ExpectHistoryWarningOnce(dir_, dir_ + "/attune/history");
  EXPECT_TRUE(fs::is_empty(dir_ + "/attune/history"));
}

TEST_F(ChatProcess, ReadOnlyStateFolderWarnsOnceAndTheChatGoesOn) {
  ASSERT_EQ(chmod(dir_.c_str(), 0755), 0);  // let nobody in
  fs::create_directory(dir_ + "/state");
  ASSERT_EQ(chmod((dir_ + "/state").c_str(), 0555), 0);
  ExpectHistoryWarningOnce(dir_ + "/state", dir_ + "/state/attune",
                           /*unprivileged=*/true);
  EXPECT_TRUE(fs::is_empty(dir_ + "/state"));
}

TEST_F(ChatProcess, TerminalHasHistoryCompletionAndCtrlC) {
  int master = -1;
  pid_t pid = SpawnOnTerminal(dir_, &master);
  ASSERT_GE(pid, 0);
  std::string seen;
  const auto send = [&](const std::string& keys) {
    ASSERT_EQ(write(master, keys.data(), keys.size()),
              static_cast<ssize_t>(keys.size()));
  };
  size_t mark = 0;
  ASSERT_TRUE(ReadUntil(master, &seen, mark, "you> ")) << seen;
  mark = seen.size();
  send("/he\t\n");  // completes to /help
  ASSERT_TRUE(ReadUntil(master, &seen, mark, "Commands:")) << seen;
  ASSERT_TRUE(ReadUntil(master, &seen, seen.find("Commands:"), "you> "))
      << seen;
  mark = seen.size();
  send("never sent");
  ASSERT_TRUE(ReadUntil(master, &seen, mark, "never sent")) << seen;
  mark = seen.size();
  send("\x03");  // Ctrl-C: a fresh prompt, attune still running
  ASSERT_TRUE(ReadUntil(master, &seen, mark, "you> ")) << seen;
  mark = seen.size();
  send("hello\n");
  ASSERT_TRUE(ReadUntil(master, &seen, mark + 6, "you> ")) << seen;
  mark = seen.size();
  send(" private\n");
  ASSERT_TRUE(ReadUntil(master, &seen, mark + 9, "you> ")) << seen;
  send("\x04");  // Ctrl-D leaves
  EXPECT_EQ(Finish(pid, master, &seen), 0) << "did Ctrl-C end attune?\n"
                                           << seen;

  std::string history_path = dir_ + "/attune/history";
  struct stat info {};
  ASSERT_EQ(stat(history_path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  std::string history = Slurp(history_path);
  EXPECT_NE(history.find("/help"), std::string::npos) << history;
  EXPECT_NE(history.find("hello"), std::string::npos) << history;
  EXPECT_EQ(history.find("never sent"), std::string::npos) << history;
  EXPECT_EQ(history.find("private"), std::string::npos) << history;
}

}  // namespace
