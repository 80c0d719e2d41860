// The `attune` executable's sub-commands: a table of names, set-up and run
// functions.
#ifndef ATTUNE_REPL_COMMAND_HPP_
#define ATTUNE_REPL_COMMAND_HPP_

#include <CLI/CLI.hpp>
#include <memory>
#include <span>
#include <string>

#include "attune/attune.hpp"

namespace attune::cli {

// Exit statuses, documented in the README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoResults =
    1;  // a search or test found nothing / a mismatch
inline constexpr int kExitUsage = 2;  // bad command line or query syntax
inline constexpr int kExitDataError =
    3;  // a corpus, rules or session file is unusable

// Options every sub-command sees.
struct GlobalOptions {
  std::string corpus_path;  // --corpus FILE.db
  std::string rules_dir;    // --rules DIR
};

// Opens the engine from the global options, printing one clear line on failure.
// Returns nullptr on failure.
std::unique_ptr<Engine> OpenEngineOrReport(const GlobalOptions& global);

struct Command {
  const char* name;
  const char* summary;
  // Adds the command's own options to `app`; returns the function that runs it
  // once parsed.
  std::function<int()> (*setup)(CLI::App& app, const GlobalOptions& global);
};

std::span<const Command> Commands();

// One setup function per sub-command, each in its own cmd_*.cpp.
std::function<int()> SetupSearch(CLI::App& app, const GlobalOptions& global);
std::function<int()> SetupCorpus(CLI::App& app, const GlobalOptions& global);
std::function<int()> SetupAnalyze(CLI::App& app, const GlobalOptions& global);
std::function<int()> SetupRules(CLI::App& app, const GlobalOptions& global);
std::function<int()> SetupChat(CLI::App& app, const GlobalOptions& global);
std::function<int()> SetupBench(CLI::App& app, const GlobalOptions& global);

}  // namespace attune::cli

#endif  // ATTUNE_REPL_COMMAND_HPP_
