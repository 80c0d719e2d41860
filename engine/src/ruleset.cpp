// Stage: ruleset. Compiles rule files: parse, declare names, expand concept
// phrases into stem sequences, then build the tries the matcher walks.
#include "ruleset.hpp"

#include <algorithm>
#include <set>

#include "dsl/error_handler.hpp"
#include "dsl/load.hpp"
#include "embedded/embedded.hpp"
#include "ruleset_compiler.hpp"
#include "utterance/parse.hpp"

namespace attune {
namespace {

namespace ast = dsl::ast;

std::string AsciiLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// rules/README.md, "context": the marker words of each kind.
struct MarkerPhrase {
  const char* text;
  ContextMarker marker;
};
constexpr MarkerPhrase kMarkerPhrases[] = {
    {"after", ContextMarker::kAfter},
    {"afterwards", ContextMarker::kAfter},
    {"right after", ContextMarker::kAfter},
    {"post", ContextMarker::kAfter},
    {"once", ContextMarker::kAfter},
    {"during", ContextMarker::kDuring},
    {"while", ContextMarker::kDuring},
    {"in the middle of", ContextMarker::kDuring},
    {"in", ContextMarker::kDuring},
    {"before", ContextMarker::kBefore},
    {"when", ContextMarker::kWhen},
    {"whenever", ContextMarker::kWhen},
    {"every time", ContextMarker::kWhen},
    {"if", ContextMarker::kWhen},
};

}  // namespace

const char* ActorName(Actor actor) {
  switch (actor) {
    case Actor::kNone:
      return "none";
    case Actor::kSelf:
      return "self";
    case Actor::kPartner:
      return "partner";
    case Actor::kBoth:
      return "both";
    case Actor::kOther:
      return "other";
  }
  return "none";
}

int RuleSet::FindIntent(std::string_view name) const {
  auto it = intent_ids_.find(std::string(name));
  return it == intent_ids_.end() ? -1 : it->second;
}

int RuleSet::FindConcept(std::string_view name) const {
  auto it = concept_ids_.find(std::string(name));
  return it == concept_ids_.end() ? -1 : it->second;
}

void RuleSet::IndexAnchors() {
  anchored_.clear();
  for (size_t i = 0; i < intents_.size(); ++i) {
    const int anchor = intents_[i].has.front().concepts.front();
    anchored_[anchor].push_back(static_cast<int>(i));
  }
}

const std::vector<int>& RuleSet::IntentsAnchoredAt(int id) const {
  auto it = anchored_.find(id);
  return it == anchored_.end() ? no_intents_ : it->second;
}

Status RuleSet::Load(const std::string& dir,
                     std::shared_ptr<const RuleSet>* out) {
  if (dir.empty()) return LoadEmbedded(out);
  std::vector<dsl::SourceFile> files;
  Status s = dsl::ReadFolder(dir, &files);
  if (!s.ok()) return s;
  return Compile(files, out);
}

Status RuleSet::LoadEmbedded(std::shared_ptr<const RuleSet>* out) {
  if (!embedded::RulesImage().empty())
    return LoadStaticImage(embedded::RulesImage(), out);
  const std::vector<dsl::SourceFile> files = dsl::EmbeddedFiles();
  if (files.empty())
    return Status::NotFound("this build has no embedded rule files");
  return Compile(files, out);
}

Status RuleSet::Compile(const std::vector<dsl::SourceFile>& files,
                        std::shared_ptr<const RuleSet>* out) {
  RuleSetCompiler compiler(files);
  return compiler.Run(out);
}

// ---- RuleSetCompiler
// -----------------------------------------------------------------------

RuleSetCompiler::RuleSetCompiler(const std::vector<dsl::SourceFile>& files)
    : rules_(new RuleSet()) {
  units_.reserve(files.size());
  for (const dsl::SourceFile& file : files)
    units_.push_back({&file, {}, dsl::LineIndex(file)});
}

dsl::Location RuleSetCompiler::Where(
    const Unit& unit, const boost::spirit::x3::position_tagged& node) const {
  return unit.lines.At(dsl::OffsetOf(node));
}

Status RuleSetCompiler::Error(const Unit& unit,
                              const boost::spirit::x3::position_tagged& node,
                              const std::string& message) const {
  return Status::ParseError(
      dsl::FormatError(*unit.file, dsl::OffsetOf(node), message));
}

Status RuleSetCompiler::Run(std::shared_ptr<const RuleSet>* out) {
  if (units_.empty())
    return Status::InvalidArgument("no rule files were given");
  for (Unit& unit : units_) {
    Status s = dsl::ParseFile(*unit.file, &unit.ast);
    if (!s.ok()) return s;
  }
  Status s = Declare();
  for (int id = 0; s.ok() && id < static_cast<int>(concept_defs_.size());
       ++id) {
    s = ExpandConcept(id);
  }
  if (s.ok()) s = CompileStatements();
  if (s.ok()) s = BuildTries();
  if (!s.ok()) return s;
  Warn();
  *out = std::shared_ptr<const RuleSet>(rules_.release());
  return Status::OK();
}

// Rewrites first (phrase words are normalised with them), then every concept
// and intent name, since both may be used before they are defined.
Status RuleSetCompiler::Declare() {
  std::unordered_map<std::string, dsl::Location> rewrite_at, intent_at, plan_at;
  for (const Unit& unit : units_) {
    for (const ast::Statement& statement : unit.ast.statements) {
      if (const auto* rewrite = boost::get<ast::Rewrite>(&statement.get())) {
        const std::string from = AsciiLower(rewrite->from.text);
        if (rewrite_at.count(from)) {
          const dsl::Location& at = rewrite_at[from];
          return Error(unit, *rewrite,
                       "rewrite '" + from + "' is already defined at " +
                           at.file + ":" + std::to_string(at.line));
        }
        rewrite_at[from] = Where(unit, *rewrite);
        std::string to;
        for (const ast::Word& word : rewrite->to)
          to += (to.empty() ? "" : " ") + AsciiLower(word.text);
        rules_->rewrites_[from] = to;
      } else if (const auto* concept_node =
                     boost::get<ast::Concept>(&statement.get())) {
        const std::string& name = concept_node->name.name;
        if (rules_->concept_ids_.count(name)) {
          const dsl::Location& at =
              rules_->concept_locations_[rules_->concept_ids_[name]];
          return Error(unit, *concept_node,
                       "concept ~" + name + " is already defined at " +
                           at.file + ":" + std::to_string(at.line));
        }
        rules_->concept_ids_[name] = static_cast<int>(concept_defs_.size());
        rules_->concept_names_.push_back(name);
        rules_->concept_locations_.push_back(Where(unit, *concept_node));
        concept_defs_.push_back({&unit, concept_node});
      } else if (const auto* intent =
                     boost::get<ast::Intent>(&statement.get())) {
        const std::string& name = intent->name.text;
        if (intent_at.count(name)) {
          return Error(unit, intent->name,
                       "intent " + name + " is already defined at " +
                           intent_at[name].file + ":" +
                           std::to_string(intent_at[name].line));
        }
        intent_at[name] = Where(unit, *intent);
        rules_->intent_ids_[name] =
            static_cast<int>(rules_->intent_ids_.size());
      } else if (const auto* plan =
                     boost::get<ast::Respond>(&statement.get())) {
        const std::string& name = plan->name.text;
        if (plan_at.count(name)) {
          return Error(unit, plan->name,
                       "respond " + name + " is already defined at " +
                           plan_at[name].file + ":" +
                           std::to_string(plan_at[name].line));
        }
        plan_at[name] = Where(unit, *plan);
      }
    }
  }
  ReservedConcepts& reserved = rules_->reserved_;
  const std::pair<const char*, int*> kReserved[] = {
      {"actor_self", &reserved.actor_self},
      {"actor_partner", &reserved.actor_partner},
      {"actor_both", &reserved.actor_both},
      {"actor_other", &reserved.actor_other},
      {"negation", &reserved.negation},
  };
  for (const auto& [name, id] : kReserved) {
    *id = rules_->FindConcept(name);
    if (*id < 0) {
      return Status::ParseError(
          units_.front().file->name + ": reserved concept ~" + name +
          " is not defined (the engine needs ~actor_self, ~actor_partner, "
          "~actor_both, ~actor_other and ~negation)");
    }
  }
  reserved.past_habit = rules_->FindConcept("past_habit");
  reserved.actor_weak = rules_->FindConcept("actor_weak");
  reserved.neg_raise = rules_->FindConcept("neg_raise");
  expand_state_.assign(concept_defs_.size(), 0);
  concept_used_.assign(concept_defs_.size(), false);
  rules_->concept_phrase_counts_.assign(concept_defs_.size(), 0);
  expansions_.resize(concept_defs_.size());
  return Status::OK();
}

// A rule word goes through the same pipeline as user text, so "don't" in a rule
// is "do not" and every form of a word shares its stem.
RuleSetCompiler::Sequence RuleSetCompiler::Stems(const std::string& text) {
  auto cached = stem_cache_.find(text);
  if (cached != stem_cache_.end()) return cached->second;
  const utterance::Utterance parsed =
      utterance::Parse(text, rules_->rewrites_, stemmer_);
  Sequence stems;
  for (const utterance::Token& token : parsed.tokens) {
    if (token.kind == utterance::TokenKind::kWord ||
        token.kind == utterance::TokenKind::kNumber) {
      stems.push_back(token.stem);
    }
  }
  stem_cache_.emplace(text, stems);
  return stems;
}

Status RuleSetCompiler::ConceptId(const Unit& unit, const ast::ConceptRef& ref,
                                  int* id) {
  *id = rules_->FindConcept(ref.name);
  if (*id < 0) return Error(unit, ref, "unknown concept ~" + ref.name);
  concept_used_[*id] = true;
  return Status::OK();
}

Status RuleSetCompiler::ExpandConcept(int id) {
  if (expand_state_[id] == 2) return Status::OK();
  expand_state_[id] = 1;
  expand_stack_.push_back(rules_->concept_names_[id]);
  const ConceptDef& def = concept_defs_[id];
  std::set<Sequence> unique;
  for (const ast::Phrase& phrase : def.node->phrases) {
    std::vector<Sequence> sequences;
    Status s = ExpandPhrase(*def.unit, phrase, &sequences);
    if (!s.ok()) return s;
    for (Sequence& sequence : sequences) {
      if (sequence.empty()) {
        return Error(*def.unit, phrase,
                     "this phrase of ~" + rules_->concept_names_[id] +
                         " can match no words at all");
      }
      if (sequence.front().empty() || sequence.back().empty()) {
        return Error(*def.unit, phrase,
                     "'*' cannot be the first or last word of a phrase (in ~" +
                         rules_->concept_names_[id] + ")");
      }
      unique.insert(std::move(sequence));
    }
    if (unique.size() > kMaxPhrasesPerConcept) {
      return Error(*def.unit, phrase,
                   "~" + rules_->concept_names_[id] + " expands to more than " +
                       std::to_string(kMaxPhrasesPerConcept) +
                       " phrases; use fewer optional words and groups");
    }
  }
  total_phrases_ += unique.size();
  if (total_phrases_ > kMaxPhrasesTotal) {
    return Error(*def.unit, *def.node,
                 "the rule set expands to more than " +
                     std::to_string(kMaxPhrasesTotal) +
                     " phrases (reached at ~" + rules_->concept_names_[id] +
                     ")");
  }
  expansions_[id].assign(unique.begin(), unique.end());
  rules_->concept_phrase_counts_[id] = PhraseCount(expansions_[id]);
  expand_stack_.pop_back();
  expand_state_[id] = 2;
  return Status::OK();
}

// How many word sequences the phrases stand for once every concept they refer
// to is spelled out (saturating, since only "none" and "many" matter).
size_t RuleSetCompiler::PhraseCount(
    const std::vector<Sequence>& sequences) const {
  constexpr size_t kMany = size_t{1} << 40;
  size_t total = 0;
  for (const Sequence& sequence : sequences) {
    size_t product = 1;
    for (const std::string& item : sequence) {
      if (item.empty() || item[0] != '\x01') continue;
      product = std::min(
          kMany,
          product * rules_->concept_phrase_counts_[std::stoi(item.substr(1))]);
    }
    total = std::min(kMany, total + product);
  }
  return total;
}

Status RuleSetCompiler::ExpandAlternatives(
    const Unit& unit, const std::vector<ast::Phrase>& phrases,
    std::vector<Sequence>* out) {
  out->clear();
  for (const ast::Phrase& phrase : phrases) {
    std::vector<Sequence> sequences;
    Status s = ExpandPhrase(unit, phrase, &sequences);
    if (!s.ok()) return s;
    out->insert(out->end(), sequences.begin(), sequences.end());
  }
  return Status::OK();
}

Status RuleSetCompiler::ExpandPhrase(const Unit& unit,
                                     const ast::Phrase& phrase,
                                     std::vector<Sequence>* out) {
  *out = {Sequence{}};
  for (const ast::Item& item : phrase.items) {
    std::vector<Sequence> choices;
    Status s = ExpandItem(unit, item, &choices);
    if (!s.ok()) return s;
    if (out->size() * choices.size() > kMaxPhrasesPerConcept) {
      return Error(unit, phrase,
                   "this phrase expands to more than " +
                       std::to_string(kMaxPhrasesPerConcept) +
                       " phrases; use fewer optional words and groups");
    }
    std::vector<Sequence> product;
    product.reserve(out->size() * choices.size());
    for (const Sequence& head : *out) {
      for (const Sequence& tail : choices) {
        Sequence joined = head;
        joined.insert(joined.end(), tail.begin(), tail.end());
        product.push_back(std::move(joined));
      }
    }
    *out = std::move(product);
  }
  return Status::OK();
}

Status RuleSetCompiler::ExpandItem(const Unit& unit, const ast::Item& item,
                                   std::vector<Sequence>* out) {
  out->clear();
  if (const auto* word = boost::get<ast::Word>(&item.get())) {
    out->push_back(Stems(word->text));
  } else if (boost::get<ast::Wildcard>(&item.get())) {
    out->push_back(Sequence{std::string()});
  } else if (const auto* ref = boost::get<ast::ConceptRef>(&item.get())) {
    int id;
    Status s = ConceptId(unit, *ref, &id);
    if (!s.ok()) return s;
    if (expand_state_[id] == 1) {
      std::string cycle;
      auto from =
          std::find(expand_stack_.begin(), expand_stack_.end(), ref->name);
      for (auto it = from; it != expand_stack_.end(); ++it)
        cycle += "~" + *it + " -> ";
      return Error(unit, *ref, "concept cycle: " + cycle + "~" + ref->name);
    }
    s = ExpandConcept(id);
    if (!s.ok()) return s;
    // The trie follows a concept edge to the referenced concept's own
    // matches, so its phrases are not copied into this one.
    out->push_back(Sequence{StemTrie::ConceptKey(id)});
  } else if (const auto* group =
                 boost::get<boost::spirit::x3::forward_ast<ast::Group>>(
                     &item.get())) {
    return ExpandAlternatives(unit, group->get().alternatives, out);
  } else if (const auto* optional =
                 boost::get<boost::spirit::x3::forward_ast<ast::Optional>>(
                     &item.get())) {
    Status s = ExpandAlternatives(unit, optional->get().alternatives, out);
    if (!s.ok()) return s;
    out->push_back(Sequence{});
  }
  return Status::OK();
}

Status RuleSetCompiler::BuildTries() {
  StemTrie::Builder concepts, markers;
  for (size_t id = 0; id < expansions_.size(); ++id) {
    for (const Sequence& sequence : expansions_[id]) {
      concepts.Insert(sequence, static_cast<int>(id));
    }
  }
  for (const MarkerPhrase& phrase : kMarkerPhrases) {
    markers.Insert(Stems(phrase.text), static_cast<int>(phrase.marker));
  }
  rules_->concept_trie_ = concepts.Build();
  rules_->marker_trie_ = markers.Build();
  rules_->IndexAnchors();
  return Status::OK();
}

}  // namespace attune
