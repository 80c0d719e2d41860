// `attune chat`: the conversation loop and its slash commands, behind two seams
// — LineReader (where lines come from) and ChatSession (who answers) — so both
// can be tested alone.
#ifndef ATTUNE_REPL_CHAT_HPP_
#define ATTUNE_REPL_CHAT_HPP_

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attune/attune.hpp"
#include "line_reader.hpp"

namespace attune::cli {

// Longest turn the loop passes on; longer lines are cut (at a character
// boundary) with a note. The engine has a limit of its own; this one keeps the
// note in the front end, said once.
inline constexpr size_t kMaxLineBytes = 16 * 1024;
// Largest saved conversation /load reads.
inline constexpr size_t kMaxSavedBytes = 64u << 20;

// What the chat needs of a conversation: the part of attune::Session it uses. A
// seam, so the loop and the slash commands can be tested without an engine.
class ChatSession {
 public:
  virtual ~ChatSession() = default;
  virtual Status Respond(std::string_view text, Reply* reply) = 0;
  virtual const Reply& LastReply() const = 0;
  virtual PatternScores SelfScores() const = 0;
  virtual PatternScores PartnerScores() const = 0;
  virtual std::vector<Evidence> AllEvidence() const = 0;
  virtual Status Search(std::string_view query, const SearchOptions& options,
                        SearchResult* result) = 0;
  virtual Status Save(std::string* state_json) const = 0;
  virtual Status Restore(std::string_view state_json) = 0;
  virtual void Reset() = 0;
};

// The ChatSession of a real attune::Session.
class EngineChatSession final : public ChatSession {
 public:
  explicit EngineChatSession(Session& session) : session_(session) {}
  Status Respond(std::string_view text, Reply* reply) override {
    return session_.Respond(text, reply);
  }
  const Reply& LastReply() const override { return session_.LastReply(); }
  PatternScores SelfScores() const override { return session_.SelfScores(); }
  PatternScores PartnerScores() const override {
    return session_.PartnerScores();
  }
  std::vector<Evidence> AllEvidence() const override {
    return session_.AllEvidence();
  }
  Status Search(std::string_view query, const SearchOptions& options,
                SearchResult* result) override {
    return session_.Search(query, options, result);
  }
  Status Save(std::string* state_json) const override {
    return session_.Save(state_json);
  }
  Status Restore(std::string_view state_json) override {
    return session_.Restore(state_json);
  }
  void Reset() override { session_.Reset(); }

 private:
  Session& session_;
};

struct ChatOptions {
  bool json = false;   // one JSON object per input line instead of text
  bool color = false;  // bold on a capable terminal (see IsColorTerminal)
  bool terminal =
      false;  // standard output is a terminal: JSON is then printed as ASCII
  int width = 0;  // wrap text to this many columns; 0: no wrapping (a pipe)
  const char* home = nullptr;  // $HOME, for "~/" in /save and /load paths
};

// The state of one chat, as the slash commands see it.
struct ChatContext {
  ChatSession& session;
  const ChatOptions& options;
  std::ostream& out;  // what this line prints (a buffer in JSON mode)
  std::vector<std::string>
      errors;  // problems with this line, printed by the loop
  bool quit = false;
  int exit_status = 0;  // the worst status so far; the chat's exit status

  // Records a problem (one line naming the file or input) and the exit status
  // it implies.
  void Fail(std::string message, int status);
  // Writes text from outside attune (the user, the corpus) safely, wrapped when
  // on a terminal.
  void Print(std::string_view text);
};

// One slash command: "/name ARGS" and what runs it.
struct SlashCommand {
  const char* name;     // with its slash, e.g. "/search"
  const char* args;     // how its argument is shown in /help, or ""
  const char* summary;  // one line for /help
  void (*run)(ChatContext& chat, std::string_view args);
};

std::span<const SlashCommand> SlashCommands();
// The command called `name` (with its slash), or nullptr.
const SlashCommand* FindSlashCommand(std::string_view name);
// Runs a line that begins with '/'; an unknown command prints a one-line hint.
void RunSlashLine(ChatContext& chat, std::string_view line);

// Cuts `line` to kMaxLineBytes at a UTF-8 character boundary; returns true if
// it was cut.
bool CutLongLine(std::string* line);

// Reads lines from `reader` until the end or /quit; each line is a turn or a
// slash command. Returns the exit status: 0, or kExitDataError if a turn, /save
// or /load failed.
int RunChat(LineReader& reader, ChatSession& session,
            const ChatOptions& options, std::ostream& out, std::ostream& err);

}  // namespace attune::cli

#endif  // ATTUNE_REPL_CHAT_HPP_
