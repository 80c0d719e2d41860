// `attune chat`: sets up the engine, the session and the line reader, then runs
// the chat loop.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "chat.hpp"
#include "command.hpp"
#include "state_files.hpp"
#include "terminal.hpp"

namespace attune::cli {
namespace {

struct ChatFlags {
  bool json = false;
};

std::unique_ptr<LineReader> MakeReader(std::istream& in) {
  if (isatty(STDIN_FILENO) != 1) return std::make_unique<StreamLineReader>(in);
  std::vector<std::string> names;
  for (const SlashCommand& command : SlashCommands())
    names.emplace_back(command.name);
  std::string history =
      HistoryPath(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
  return std::make_unique<ReadlineLineReader>("you> ", std::move(names),
                                              std::move(history), std::cerr);
}

int RunChatCommand(const GlobalOptions& global, const ChatFlags& flags) {
  std::unique_ptr<Engine> engine = OpenEngineOrReport(global);
  if (!engine) return kExitDataError;
  std::unique_ptr<Session> session;
  if (Status status = engine->NewSession(&session); !status.ok()) {
    std::cerr << SanitizeForTerminal("attune: " + status.message()) << "\n";
    return kExitDataError;
  }
  EngineChatSession chat_session(*session);
  ChatOptions options;
  options.json = flags.json;
  options.terminal = isatty(STDOUT_FILENO) == 1;
  bool interactive = isatty(STDIN_FILENO) == 1;
  options.color = !flags.json && interactive && IsColorTerminal(STDOUT_FILENO);
  options.width =
      options.terminal && !flags.json ? TerminalWidth(STDOUT_FILENO) : 0;
  options.home = std::getenv("HOME");
  std::unique_ptr<LineReader> reader = MakeReader(std::cin);
  return RunChat(*reader, chat_session, options, std::cout, std::cerr);
}

}  // namespace

std::function<int()> SetupChat(CLI::App& app, const GlobalOptions& global) {
  auto flags = std::make_shared<ChatFlags>();
  app.add_flag(
      "--json", flags->json,
      "print one JSON object per input line (the reply and its analysis)");
  app.footer(
      "Slash commands: /help /why /profile /sources /search /reset /save /load "
      "/quit.\n"
      "History: $XDG_STATE_HOME/attune/history (default "
      "~/.local/state/attune/history).");
  return [&global, flags] { return RunChatCommand(global, *flags); };
}

}  // namespace attune::cli
