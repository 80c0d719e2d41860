// `attune rules check|test`: validate the rule set and run its examples and
// counters.
#include <iostream>
#include <memory>
#include <string>

#include "command.hpp"
#include "match.hpp"
#include "ruleset.hpp"
#include "terminal.hpp"
#include "text/stemmer.hpp"

namespace attune::cli {
namespace {

// Loads the rules named by --rules (or the embedded ones); prints the error on
// failure.
std::shared_ptr<const RuleSet> LoadOrReport(const GlobalOptions& global) {
  std::shared_ptr<const RuleSet> rules;
  Status s = RuleSet::Load(global.rules_dir, &rules);
  if (!s.ok()) {
    std::cerr << SanitizeForTerminal(s.message()) << "\n";
    return nullptr;
  }
  return rules;
}

int RunCheck(const GlobalOptions& global) {
  auto rules = LoadOrReport(global);
  if (!rules) return kExitDataError;
  for (const std::string& warning : rules->warnings())
    std::cerr << SanitizeForTerminal(warning) << "\n";
  std::cout << rules->concept_names().size() << " concepts, "
            << rules->intents().size() << " intents, "
            << rules->evidence().size() << " evidence rules, "
            << rules->plans().size() << " respond plans: valid";
  if (!rules->warnings().empty())
    std::cout << " (" << rules->warnings().size() << " warnings)";
  std::cout << "\n";
  return kExitOk;
}

bool Fires(const RuleSet& rules, const std::string& text, int intent_id,
           text::Stemmer& stemmer) {
  for (const IntentHit& hit : Match(rules, text, stemmer).intents) {
    if (hit.intent_id == intent_id) return true;
  }
  return false;
}

// A mismatch reads "FILE:LINE: intent NAME: example "TEXT" did not fire".
int RunTest(const GlobalOptions& global) {
  auto rules = LoadOrReport(global);
  if (!rules) return kExitDataError;
  text::Stemmer stemmer;
  int examples = 0, counters = 0, failures = 0;
  for (size_t id = 0; id < rules->intents().size(); ++id) {
    const IntentRule& intent = rules->intents()[id];
    auto report = [&](const Sample& sample, const char* kind,
                      const char* what) {
      ++failures;
      std::cout << SanitizeForTerminal(sample.location.file + ":" +
                                       std::to_string(sample.location.line) +
                                       ": intent " + intent.name + ": " + kind +
                                       " \"" + sample.text + "\" " + what)
                << "\n";
    };
    for (const Sample& sample : intent.examples) {
      ++examples;
      if (!Fires(*rules, sample.text, static_cast<int>(id), stemmer)) {
        report(sample, "example", "did not fire");
      }
    }
    for (const Sample& sample : intent.counters) {
      ++counters;
      if (Fires(*rules, sample.text, static_cast<int>(id), stemmer)) {
        report(sample, "counter", "fired");
      }
    }
  }
  std::cout << examples << " examples, " << counters << " counters, "
            << failures << " failures\n";
  return failures == 0 ? kExitOk : kExitNoResults;
}

struct RulesTool {
  const char* name;
  const char* summary;
  int (*run)(const GlobalOptions& global);
};

constexpr RulesTool kTools[] = {
    {"check",
     "validate the rules; warn about unused concepts and intents that cannot "
     "fire",
     RunCheck},
    {"test", "run every example and counter; list each mismatch", RunTest},
};

}  // namespace

std::function<int()> SetupRules(CLI::App& app, const GlobalOptions& global) {
  app.require_subcommand(1);
  auto chosen = std::make_shared<const RulesTool*>(nullptr);
  for (const RulesTool& tool : kTools) {
    app.add_subcommand(tool.name, tool.summary)->callback([chosen, &tool] {
      *chosen = &tool;
    });
  }
  const GlobalOptions* options =
      &global;  // filled in by the parse, read when run
  return [chosen, options] {
    return *chosen ? (*chosen)->run(*options) : kExitUsage;
  };
}

}  // namespace attune::cli
