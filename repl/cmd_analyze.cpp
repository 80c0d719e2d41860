// `attune analyze`: not built yet; the issue that delivers it replaces this file.
#include <iostream>

#include "command.hpp"

namespace attune::cli {

std::function<int()> SetupAnalyze(CLI::App& app, const GlobalOptions& global) {
  (void)app;
  (void)global;
  return [] {
    std::cerr << "attune analyze: not available in this build yet\n";
    return kExitUsage;
  };
}

}  // namespace attune::cli
