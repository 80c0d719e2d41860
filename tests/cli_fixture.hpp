// Test helper (not a stage): runs the built `attune` executable as a user
// would, optionally as an unprivileged user, so file-permission cases hold
// even when the tests run as root. Use attune::Engine for in-process tests.
#ifndef ATTUNE_TESTS_CLI_FIXTURE_HPP_
#define ATTUNE_TESTS_CLI_FIXTURE_HPP_

#include <fcntl.h>
#include <grp.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace attune::testing {

// The user an unprivileged child runs as when the tests run as root: root
// ignores file modes, so a read-only file is only read-only to someone else.
inline constexpr uid_t kNobody = 65534;

// A fresh directory others may enter (an unprivileged child must reach its
// files), removed afterwards even if a test made parts of it read-only.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "attune_files_XXXXXX")
            .string();
    path_ = mkdtemp(pattern.data());
    chmod(path_.c_str(), 0755);
  }
  ~TempDir() {
    std::error_code ec;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(path_, ec)) {
      if (entry.is_directory()) chmod(entry.path().c_str(), 0755);
    }
    chmod(path_.c_str(), 0755);
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const {
    return (path_ / name).string();
  }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
    return (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct CliRun {
  int status = -1;  // the exit status, or -1 when a signal ended the process
  std::string out, err;
};

// How to run the executable: what its standard input holds, and whether it
// runs as kNobody when the tests run as root.
struct RunOptions {
  std::string input;
  bool unprivileged = false;
};

// Starts `attune ARGS...` in `dir` with standard input, output and error on
// `in_fd` (or /dev/null when negative), `out_fd` and `err_fd`. Returns the
// child's pid.
inline pid_t SpawnAttune(const std::filesystem::path& dir,
                         const std::vector<std::string>& args, int in_fd,
                         int out_fd, int err_fd, bool unprivileged = false) {
  std::vector<char*> argv{const_cast<char*>("attune")};
  for (const std::string& arg : args)
    argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid != 0) return pid;
  int in = in_fd >= 0 ? in_fd : open("/dev/null", O_RDONLY);
  if (in < 0 || dup2(in, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0)
    _exit(126);
  if (unprivileged && geteuid() == 0 &&
      (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 ||
       setuid(kNobody) != 0)) {
    _exit(126);
  }
  if (chdir(dir.c_str()) != 0) _exit(126);
  execv(ATTUNE_CLI, argv.data());
  _exit(127);
}

// Runs `attune ARGS...` in `dir` to the end. Input and output go through
// unnamed temporary files, so nothing is written into `dir` and no stream is a
// terminal.
inline CliRun RunAttune(const std::filesystem::path& dir,
                        const std::vector<std::string>& args,
                        const RunOptions& options = {}) {
  FILE* in = std::tmpfile();
  FILE* out = std::tmpfile();
  FILE* err = std::tmpfile();
  std::fwrite(options.input.data(), 1, options.input.size(), in);
  std::fflush(in);
  std::rewind(in);
  CliRun run;
  pid_t pid = SpawnAttune(dir, args, fileno(in), fileno(out), fileno(err),
                          options.unprivileged);
  int raw = 0;
  if (pid > 0 && waitpid(pid, &raw, 0) == pid && WIFEXITED(raw))
    run.status = WEXITSTATUS(raw);
  std::fclose(in);
  for (auto [file, text] :
       {std::pair{out, &run.out}, std::pair{err, &run.err}}) {
    std::rewind(file);
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
      text->append(buffer, n);
    std::fclose(file);
  }
  return run;
}

}  // namespace attune::testing

#endif  // ATTUNE_TESTS_CLI_FIXTURE_HPP_
