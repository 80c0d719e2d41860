// Build-time tool: compiles the *.rules files of RULES_DIR, as the library
// would at run time, and writes a C++ source defining
// attune::embedded::RulesImage() over the compiled rule set
// (RuleSet::WriteImage), so that starting attune parses and expands nothing.
//
//   attune_rulesgen RULES_DIR -o OUT.cpp
//
// Files are named "rules/NAME" (as the embedded rule files are), so locations
// in the image and in errors match a run-time compile of the same rules. An
// error in the rules fails the build with "rules/NAME:LINE:COL: message".
// OUT.cpp is replaced only when its content changes.
#include <filesystem>
#include <iostream>
#include <string>

#include "dsl/load.hpp"
#include "generated_source.hpp"
#include "ruleset.hpp"

int main(int argc, char** argv) {
  if (argc != 4 || std::string(argv[2]) != "-o") {
    std::cerr << "usage: attune_rulesgen RULES_DIR -o OUT.cpp\n";
    return 2;
  }
  std::vector<attune::dsl::SourceFile> files;
  attune::Status status = attune::dsl::ReadFolder(argv[1], &files);
  for (attune::dsl::SourceFile& file : files) {
    file.name = "rules/" + std::filesystem::path(file.name).filename().string();
  }
  std::shared_ptr<const attune::RuleSet> rules;
  if (status.ok()) status = attune::RuleSet::Compile(files, &rules);
  if (!status.ok()) {
    std::cerr << status.message() << "\n";
    return 1;
  }
  const std::string image = rules->WriteImage();
  // The image must read back to the same rule set; check here, once, rather
  // than at every start.
  std::shared_ptr<const attune::RuleSet> reread;
  status = attune::RuleSet::LoadImage(
      {reinterpret_cast<const unsigned char*>(image.data()), image.size()},
      &reread);
  if (!status.ok() || reread->WriteImage() != image) {
    std::cerr << "attune_rulesgen: the rule image does not read back\n";
    return 1;
  }
  const std::string source = attune::tools::ImageSource(
      "attune_rulesgen from rules/*.rules", "RulesImage", image);
  if (!attune::tools::WriteIfChanged(argv[3], source)) {
    std::cerr << "attune_rulesgen: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}
