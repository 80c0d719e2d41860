#include <iostream>

#include "command.hpp"
#include "terminal.hpp"

namespace attune::cli {

std::span<const Command> Commands() {
  static constexpr Command kCommands[] = {
      {"chat", "talk with attune (an interactive conversation)", SetupChat},
      {"search", "keyword search of the corpus", SetupSearch},
      {"analyze", "show what attune understands in text", SetupAnalyze},
      {"corpus", "build, import into and list corpus databases", SetupCorpus},
      {"rules", "check rule files and run their examples", SetupRules},
      {"bench", "time turns replayed from a file (one JSON line)", SetupBench},
  };
  return kCommands;
}

std::unique_ptr<Engine> OpenEngineOrReport(const GlobalOptions& global) {
  Options options;
  options.corpus_path = global.corpus_path;
  options.rules_dir = global.rules_dir;
  std::unique_ptr<Engine> engine;
  Status status = Engine::Open(options, &engine);
  if (!status.ok()) {
    std::cerr << SanitizeForTerminal("attune: " + status.message()) << "\n";
    return nullptr;
  }
  return engine;
}

}  // namespace attune::cli
