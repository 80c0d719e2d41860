// The line reader seam: plain streams, and GNU readline for a person at a
// terminal.
#include "line_reader.hpp"

// readline's headers need stdio first.
#include <stdio.h>
// clang-format off
#include <readline/readline.h>
#include <readline/history.h>
// clang-format on
#include <sys/select.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

#include "state_files.hpp"
#include "terminal.hpp"

namespace attune::cli {

bool StreamLineReader::ReadLine(std::string* line) {
  if (!std::getline(in_, *line)) return false;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

namespace {

constexpr int kHistoryLines = 1000;

// readline's callbacks and a signal handler carry no user data, so what they
// need is reachable from here, and only while a ReadLine call is running.
volatile std::sig_atomic_t interrupted = 0;
struct PendingRead {
  bool done = false;
  std::optional<std::string> line;
  const std::vector<std::string>* completions = nullptr;
};
PendingRead* pending = nullptr;

void OnInterrupt(int) { interrupted = 1; }

void OnLine(char* line) {
  pending->done = true;
  if (line != nullptr) pending->line = line;
  std::free(line);
  rl_callback_handler_remove();
}

char* Duplicate(const std::string& s) {
  char* copy = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(copy, s.c_str(), s.size() + 1);
  return copy;
}

// The completions of `text` among the slash commands, in readline's format: the
// common prefix first, then every match, then nullptr.
char** CompleteCommand(const char* text) {
  std::vector<const std::string*> matches;
  for (const std::string& name : *pending->completions) {
    if (name.rfind(text, 0) == 0) matches.push_back(&name);
  }
  if (matches.empty()) return nullptr;
  size_t common = matches[0]->size();
  for (const std::string* m : matches) {
    size_t k = 0;
    while (k < common && k < m->size() && (*m)[k] == (*matches[0])[k]) ++k;
    common = k;
  }
  char** array =
      static_cast<char**>(std::malloc((matches.size() + 2) * sizeof(char*)));
  array[0] = Duplicate(matches.size() == 1 ? *matches[0]
                                           : matches[0]->substr(0, common));
  size_t n = 1;
  if (matches.size() > 1) {
    for (const std::string* m : matches) array[n++] = Duplicate(*m);
  }
  array[n] = nullptr;
  return array;
}

char** Complete(const char* text, int start, int /*end*/) {
  std::string_view line(rl_line_buffer);
  bool wants_file =
      line.rfind("/save ", 0) == 0 || line.rfind("/load ", 0) == 0;
  rl_attempted_completion_over =
      wants_file ? 0 : 1;  // only file arguments fall back to files
  if (start == 0 && text[0] == '/') return CompleteCommand(text);
  return nullptr;
}

// Ctrl-C: forget the line being edited and start a fresh one under a new
// prompt.
void ClearLine() {
  rl_free_line_state();
  rl_callback_sigcleanup();
  rl_replace_line("", 0);
  rl_point = rl_end = 0;
  rl_crlf();
  rl_on_new_line();
  rl_redisplay();
}

}  // namespace

ReadlineLineReader::ReadlineLineReader(std::string prompt,
                                       std::vector<std::string> completions,
                                       std::string history_path,
                                       std::ostream& warnings)
    : prompt_(std::move(prompt)),
      completions_(std::move(completions)),
      history_path_(std::move(history_path)),
      warnings_(warnings) {
  rl_readline_name = "attune";
  rl_catch_signals =
      0;  // Ctrl-C is ours: it clears the line instead of ending attune
  rl_attempted_completion_function = Complete;
  using_history();
  stifle_history(kHistoryLines);
  if (history_path_.empty()) return;
  Status status = PrepareHistoryFile(history_path_);
  if (!status.ok()) {
    StopHistory(status.message());
    return;
  }
  read_history(history_path_.c_str());
}

ReadlineLineReader::~ReadlineLineReader() {
  if (!history_path_.empty())
    history_truncate_file(history_path_.c_str(), kHistoryLines);
  rl_attempted_completion_function = nullptr;
}

void ReadlineLineReader::StopHistory(const std::string& problem) {
  warnings_ << SanitizeForTerminal("attune: " + problem +
                                   "; this chat's history will not be saved")
            << std::endl;
  history_path_.clear();
}

void ReadlineLineReader::Remember(const std::string& line) {
  if (line.empty() || line[0] == ' ') return;
  add_history(line.c_str());
  if (history_path_.empty()) return;
  if (int error = append_history(1, history_path_.c_str()); error != 0) {
    StopHistory("cannot write history file " + history_path_ + ": " +
                std::strerror(error));
  }
}

bool ReadlineLineReader::ReadLine(std::string* line) {
  PendingRead read;
  read.completions = &completions_;
  pending = &read;
  struct sigaction action {
  }, previous{};
  action.sa_handler =
      OnInterrupt;  // no SA_RESTART: select() must return on Ctrl-C
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &previous);
  interrupted = 0;
  // SIGINT stays blocked except inside pselect(), so a Ctrl-C that arrives
  // while readline handles a key is seen before the next wait instead of
  // being lost until the next key.
  sigset_t block, waiting;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigprocmask(SIG_BLOCK, &block, &waiting);
  sigdelset(&waiting, SIGINT);
  rl_callback_handler_install(prompt_.c_str(), OnLine);
  while (!read.done) {
    if (interrupted) {
      ClearLine();
      interrupted = 0;
    }
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(fileno(rl_instream), &fds);
    if (pselect(fileno(rl_instream) + 1, &fds, nullptr, nullptr, nullptr,
                &waiting) < 0) {
      if (errno != EINTR) break;
      continue;
    }
    rl_callback_read_char();
  }
  if (!read.done) rl_callback_handler_remove();
  sigprocmask(SIG_UNBLOCK, &block, nullptr);
  sigaction(SIGINT, &previous, nullptr);
  pending = nullptr;
  if (!read.line) return false;
  *line = std::move(*read.line);
  Remember(*line);
  return true;
}

}  // namespace attune::cli
