// libFuzzer target: any bytes as one rules file must compile or fail with a
// Status, never crash.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "ruleset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<attune::dsl::SourceFile> files = {
      {"rules/fuzz.rules",
       std::string(reinterpret_cast<const char*>(data), size)}};
  std::shared_ptr<const attune::RuleSet> rules;
  attune::Status status = attune::RuleSet::Compile(files, &rules);
  if (status.ok() != (rules != nullptr)) __builtin_trap();
  return 0;
}
