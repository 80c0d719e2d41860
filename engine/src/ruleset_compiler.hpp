// Stage: ruleset. The compiler from syntax trees to a RuleSet, split over
// ruleset.cpp (concepts) and ruleset_statements.cpp (intents, evidence, plans);
// use attune::RuleSet::Compile instead.
#ifndef ATTUNE_RULESET_COMPILER_HPP_
#define ATTUNE_RULESET_COMPILER_HPP_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/source.hpp"
#include "ruleset.hpp"
#include "text/stemmer.hpp"

namespace attune {

// Limits that keep a careless rule (many nested optional words) from eating the
// machine.
inline constexpr size_t kMaxPhrasesPerConcept = 200000;
inline constexpr size_t kMaxPhrasesTotal = 2000000;

class RuleSetCompiler {
 public:
  explicit RuleSetCompiler(const std::vector<dsl::SourceFile>& files);
  Status Run(std::shared_ptr<const RuleSet>* out);

 private:
  using Sequence = std::vector<std::string>;  // stems; "" is a '*'
  struct Unit {
    const dsl::SourceFile* file;
    dsl::ast::File ast;
    dsl::LineIndex lines;
  };
  struct ConceptDef {
    const Unit* unit = nullptr;
    const dsl::ast::Concept* node = nullptr;
  };

  Status Error(const Unit& unit, const boost::spirit::x3::position_tagged& node,
               const std::string& message) const;
  dsl::Location Where(const Unit& unit,
                      const boost::spirit::x3::position_tagged& node) const;

  // ruleset.cpp
  Status Declare();
  Status ExpandConcept(int id);
  size_t PhraseCount(const std::vector<Sequence>& sequences) const;
  Status ExpandAlternatives(const Unit& unit,
                            const std::vector<dsl::ast::Phrase>& phrases,
                            std::vector<Sequence>* out);
  Status ExpandPhrase(const Unit& unit, const dsl::ast::Phrase& phrase,
                      std::vector<Sequence>* out);
  Status ExpandItem(const Unit& unit, const dsl::ast::Item& item,
                    std::vector<Sequence>* out);
  Status BuildTries();
  Sequence Stems(const std::string& text);
  Status ConceptId(const Unit& unit, const dsl::ast::ConceptRef& ref, int* id);

  // ruleset_warnings.cpp
  void Warn();

  // ruleset_statements.cpp
  Status CompileIntent(const Unit& unit, const dsl::ast::Intent& node);
  Status CompileEvidence(const Unit& unit, const dsl::ast::Evidence& node);
  Status CompileRespond(const Unit& unit, const dsl::ast::Respond& node);
  Status CompileQuery(const Unit& unit, const dsl::ast::Query& node,
                      CorpusQuery* out);
  Status CompileStatements();

  std::vector<Unit> units_;
  std::unique_ptr<RuleSet> rules_;
  text::Stemmer stemmer_;
  std::vector<ConceptDef> concept_defs_;
  std::vector<int> expand_state_;  // 0 not yet, 1 in progress, 2 done
  std::vector<std::string> expand_stack_;
  std::vector<std::vector<Sequence>> expansions_;
  size_t total_phrases_ = 0;
  std::vector<bool> concept_used_;
  std::unordered_map<std::string, Sequence>
      stem_cache_;  // rule word -> its stems
};

}  // namespace attune

#endif  // ATTUNE_RULESET_COMPILER_HPP_
