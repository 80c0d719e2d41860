// Where `attune chat` gets its lines: the seam between the chat loop and the
// terminal, as in SQLite's shell (shell_readline) and lua.c. One loop serves
// both implementations.
#ifndef ATTUNE_REPL_LINE_READER_HPP_
#define ATTUNE_REPL_LINE_READER_HPP_

#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace attune::cli {

// Reads one line at a time. Not thread-safe.
class LineReader {
 public:
  virtual ~LineReader() = default;
  // Reads the next line, without its line break, into `line`. Returns false at
  // the end of the input (end of file, or Ctrl-D on an empty line).
  virtual bool ReadLine(std::string* line) = 0;
  // True for a person at a terminal: the loop then shows a banner and prompts.
  virtual bool interactive() const = 0;
};

// Lines from a stream (a pipe or a file): no prompt, no echo. A trailing '\r'
// is dropped.
class StreamLineReader final : public LineReader {
 public:
  explicit StreamLineReader(std::istream& in) : in_(in) {}
  bool ReadLine(std::string* line) override;
  bool interactive() const override { return false; }

 private:
  std::istream& in_;
};

// Lines from GNU readline on the terminal: line editing, a history file, tab
// completion of `completions` at the start of a line (and of file names after
// /save and /load), Ctrl-C clears the line being edited, Ctrl-D on an empty
// line ends the input.
//
// readline is one per process, so at most one ReadlineLineReader may exist at a
// time.
class ReadlineLineReader final : public LineReader {
 public:
  // history_path: the history file (see HistoryPath in state_files.hpp), or
  // empty for none. When the file cannot be written, one warning line goes to
  // `warnings` and the chat goes on without saving history. Lines beginning
  // with a space are kept out of the history.
  ReadlineLineReader(std::string prompt, std::vector<std::string> completions,
                     std::string history_path, std::ostream& warnings);
  ~ReadlineLineReader() override;
  ReadlineLineReader(const ReadlineLineReader&) = delete;
  ReadlineLineReader& operator=(const ReadlineLineReader&) = delete;

  bool ReadLine(std::string* line) override;
  bool interactive() const override { return true; }

 private:
  void Remember(const std::string& line);
  void StopHistory(const std::string& problem);

  std::string prompt_;
  std::vector<std::string> completions_;
  std::string history_path_;
  std::ostream& warnings_;
};

}  // namespace attune::cli

#endif  // ATTUNE_REPL_LINE_READER_HPP_
