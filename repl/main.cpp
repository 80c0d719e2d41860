// attune: the command-line front end. Sub-commands come from the table in
// commands.cpp.
#include <iostream>

#include "command.hpp"

int main(int argc, char** argv) {
  using namespace attune::cli;
  CLI::App app{
      "attune — a guide to attachment in intimate relationships, built on a "
      "few articles"};
  app.set_version_flag("--version", std::string("attune ") + attune::Version());
  app.require_subcommand(1);
  GlobalOptions global;
  // No CLI11 existence checks: a missing or unusable file is a data error
  // (status 3), which the command reports in one line naming the file.
  app.add_option("--corpus", global.corpus_path,
                 "use this corpus database instead of the embedded one");
  app.add_option("--rules", global.rules_dir,
                 "load rules from this folder instead of the embedded ones");

  std::function<int()> run;
  for (const Command& command : Commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.summary);
    auto runner = command.setup(*sub, global);
    sub->callback([&run, runner] { run = runner; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return run ? run() : kExitUsage;
}
