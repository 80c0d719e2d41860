// `attune search`: not built yet; the issue that delivers it replaces this file.
#include <iostream>

#include "command.hpp"

namespace attune::cli {

std::function<int()> SetupSearch(CLI::App& app, const GlobalOptions& global) {
  (void)app;
  (void)global;
  return [] {
    std::cerr << "attune search: not available in this build yet\n";
    return kExitUsage;
  };
}

}  // namespace attune::cli
