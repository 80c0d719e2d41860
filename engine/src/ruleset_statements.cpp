// Stage: ruleset. Compiles intents, evidence and respond plans, checking every
// name they use.
#include <sstream>
#include <type_traits>

#include "ruleset_compiler.hpp"

namespace attune {
namespace {

namespace ast = dsl::ast;

constexpr const char* kCrisisKinds[] = {"suicide", "self_harm", "abuse",
                                        "harm_to_others", "minor"};
constexpr const char* kPatterns[] = {"secure", "anxious", "avoidant",
                                     "fearful"};
constexpr const char* kDyads[] = {"pursue_withdraw", "validation_sex",
                                  "attachment_sex", "disconnection"};

template <size_t N>
bool OneOf(const std::string& word, const char* const (&list)[N]) {
  for (const char* item : list) {
    if (word == item) return true;
  }
  return false;
}

template <size_t N>
std::string Listed(const char* const (&list)[N]) {
  std::string out;
  for (size_t i = 0; i < N; ++i) out += (i ? ", " : "") + std::string(list[i]);
  return out;
}

Actor ActorFromWord(const std::string& word) {
  if (word == "self") return Actor::kSelf;
  if (word == "partner") return Actor::kPartner;
  if (word == "both") return Actor::kBoth;
  if (word == "other") return Actor::kOther;
  return Actor::kNone;  // "any"
}

QuestionForm QuestionFromWord(const std::string& word) {
  if (word == "what") return QuestionForm::kWhat;
  if (word == "why") return QuestionForm::kWhy;
  if (word == "how") return QuestionForm::kHow;
  if (word == "which") return QuestionForm::kWhich;
  if (word == "yesno") return QuestionForm::kYesNo;
  return QuestionForm::kAnyQuestion;
}

ContextMarker MarkerFromWord(const std::string& word) {
  if (word == "during") return ContextMarker::kDuring;
  if (word == "before") return ContextMarker::kBefore;
  if (word == "when") return ContextMarker::kWhen;
  return ContextMarker::kAfter;
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

Status RuleSetCompiler::CompileStatements() {
  for (const Unit& unit : units_) {
    for (const ast::Statement& statement : unit.ast.statements) {
      Status s;
      if (const auto* intent = boost::get<ast::Intent>(&statement.get())) {
        s = CompileIntent(unit, *intent);
      } else if (const auto* evidence =
                     boost::get<ast::Evidence>(&statement.get())) {
        s = CompileEvidence(unit, *evidence);
      } else if (const auto* plan =
                     boost::get<ast::Respond>(&statement.get())) {
        s = CompileRespond(unit, *plan);
      }
      if (!s.ok()) return s;
    }
  }
  return Status::OK();
}

Status RuleSetCompiler::CompileIntent(const Unit& unit,
                                      const ast::Intent& node) {
  IntentRule intent;
  intent.name = node.name.text;
  intent.location = Where(unit, node);
  std::vector<std::string> seen;  // single-valued settings already given
  auto once = [&](const std::string& setting,
                  const boost::spirit::x3::position_tagged& at) {
    for (const std::string& s : seen) {
      if (s == setting) {
        return Error(
            unit, at,
            "intent " + intent.name + " already has a '" + setting + "' line");
      }
    }
    seen.push_back(setting);
    return Status::OK();
  };
  for (const ast::IntentItem& item : node.items) {
    Status s = boost::apply_visitor(
        [&](const auto& cond) -> Status {
          using T = std::decay_t<decltype(cond)>;
          if constexpr (std::is_same_v<T, ast::ActorCond>) {
            Status once_status = once("actor", cond);
            intent.actor = ActorFromWord(cond.who);
            return once_status;
          } else if constexpr (std::is_same_v<T, ast::Has>) {
            HasCondition has;
            int id;
            if (Status e = ConceptId(unit, cond.first, &id); !e.ok()) return e;
            has.concepts.push_back(id);
            if (const auto* all = boost::get<ast::AllOf>(&cond.tail.get())) {
              has.kind = HasCondition::Kind::kAllOf;
              for (const ast::ConceptRef& ref : all->refs) {
                if (Status e = ConceptId(unit, ref, &id); !e.ok()) return e;
                has.concepts.push_back(id);
              }
            } else if (const auto* seq =
                           boost::get<ast::Sequence>(&cond.tail.get());
                       seq && !seq->rest.empty()) {
              has.kind = HasCondition::Kind::kOrdered;
              for (const ast::GapRef& gap : seq->rest) {
                if (Status e = ConceptId(unit, gap.ref, &id); !e.ok()) return e;
                has.concepts.push_back(id);
                has.gaps.push_back(static_cast<int>(std::min(gap.gap, 1000u)));
              }
            }
            intent.has.push_back(std::move(has));
            return Status::OK();
          } else if constexpr (std::is_same_v<T, ast::Lacks>) {
            int id;
            if (Status e = ConceptId(unit, cond.ref, &id); !e.ok()) return e;
            intent.lacks.push_back(id);
            return Status::OK();
          } else if constexpr (std::is_same_v<T, ast::ContextCond>) {
            ContextCondition context;
            context.marker = MarkerFromWord(cond.marker);
            if (Status e = ConceptId(unit, cond.ref, &context.concept_id);
                !e.ok())
              return e;
            intent.contexts.push_back(context);
            return Status::OK();
          } else if constexpr (std::is_same_v<T, ast::PolarityCond>) {
            intent.polarity = cond.value == "negated"    ? Polarity::kNegated
                              : cond.value == "affirmed" ? Polarity::kAffirmed
                                                         : Polarity::kAny;
            return once("polarity", cond);
          } else if constexpr (std::is_same_v<T, ast::QuestionCond>) {
            intent.question = QuestionFromWord(cond.kind);
            return once("question' or 'statement", cond);
          } else if constexpr (std::is_same_v<T, ast::StatementCond>) {
            intent.question = QuestionForm::kStatement;
            return once("question' or 'statement", cond);
          } else if constexpr (std::is_same_v<T, ast::ScopeCond>) {
            intent.sentence_scope = cond.scope == "sentence";
            return once("scope", cond);
          } else if constexpr (std::is_same_v<T, ast::SlotCond>) {
            for (const SlotSpec& slot : intent.slots) {
              if (slot.name == cond.name.text) {
                return Error(unit, cond.name,
                             "slot " + slot.name +
                                 " is already defined in intent " +
                                 intent.name);
              }
            }
            SlotSpec slot{cond.name.text, -1};
            if (Status e = ConceptId(unit, cond.ref, &slot.concept_id); !e.ok())
              return e;
            intent.slots.push_back(slot);
            return Status::OK();
          } else if constexpr (std::is_same_v<T, ast::CrisisCond>) {
            if (!OneOf(cond.kind.text, kCrisisKinds)) {
              return Error(unit, cond.kind,
                           "unknown crisis kind '" + cond.kind.text + "' (" +
                               Listed(kCrisisKinds) + ")");
            }
            intent.crisis = cond.kind.text;
            return once("crisis", cond);
          } else {  // ast::ExampleLine
            Sample sample{cond.text, Where(unit, cond)};
            (cond.counter ? intent.counters : intent.examples)
                .push_back(std::move(sample));
            return Status::OK();
          }
        },
        item.get());
    if (!s.ok()) return s;
  }
  if (intent.has.empty()) {
    return Error(unit, node.name,
                 "intent " + intent.name + " needs at least one 'has' line");
  }
  rules_->intents_.push_back(std::move(intent));
  return Status::OK();
}

Status RuleSetCompiler::CompileEvidence(const Unit& unit,
                                        const ast::Evidence& node) {
  EvidenceRule rule;
  rule.location = Where(unit, node);
  for (const ast::Name& name : node.intents) {
    const int id = rules_->FindIntent(name.text);
    if (id < 0)
      return Error(unit, name,
                   "evidence names unknown intent '" + name.text + "'");
    rule.intents.push_back(name.text);
    rule.intent_ids.push_back(id);
  }
  for (const ast::Target& target : node.targets) {
    EvidenceTarget out;
    out.who = target.who == "self"      ? TargetWho::kSelf
              : target.who == "partner" ? TargetWho::kPartner
              : target.who == "actor"   ? TargetWho::kActor
                                        : TargetWho::kDyad;
    out.pattern = target.pattern.text;
    if (out.who == TargetWho::kDyad && !OneOf(out.pattern, kDyads)) {
      return Error(
          unit, target.pattern,
          "unknown dyad '" + out.pattern + "' (" + Listed(kDyads) + ")");
    }
    if (out.who != TargetWho::kDyad && !OneOf(out.pattern, kPatterns)) {
      return Error(
          unit, target.pattern,
          "unknown pattern '" + out.pattern + "' (" + Listed(kPatterns) + ")");
    }
    out.weight = target.weight;
    if (!(out.weight > 0 && out.weight <= 1)) {
      return Error(unit, target, "weight must be greater than 0 and at most 1");
    }
    rule.targets.push_back(std::move(out));
  }
  rules_->evidence_.push_back(std::move(rule));
  return Status::OK();
}

Status RuleSetCompiler::CompileQuery(const Unit& unit, const ast::Query& node,
                                     CorpusQuery* out) {
  if (!out->empty()) {
    return Error(unit, node,
                 "this plan already has an '" + node.keyword + "' line");
  }
  std::vector<std::string> seen;
  for (const ast::QueryPart& part : node.parts) {
    for (const std::string& keyword : seen) {
      if (keyword == part.keyword) {
        return Error(
            unit, part,
            "'" + part.keyword + "' is given twice in '" + node.keyword + "'");
      }
    }
    seen.push_back(part.keyword);
    if (part.keyword == "tags") {
      out->tags = part.tags;
    } else if (part.keyword == "terms") {
      out->terms = SplitWords(part.text);
    } else {
      out->section = part.text;
    }
  }
  if (out->empty()) {
    return Error(unit, node,
                 "'" + node.keyword + "' needs tags, terms or a section");
  }
  return Status::OK();
}

Status RuleSetCompiler::CompileRespond(const Unit& unit,
                                       const ast::Respond& node) {
  RespondPlan plan;
  plan.name = node.name.text;
  plan.location = Where(unit, node);
  bool has_priority = false;
  for (const ast::RespondItem& item : node.items) {
    Status s = boost::apply_visitor(
        [&](const auto& line) -> Status {
          using T = std::decay_t<decltype(line)>;
          if constexpr (std::is_same_v<T, ast::When>) {
            PlanCondition cond;
            const size_t want = line.kind == "pattern" ? 2 : 1;
            if (line.args.size() != want) {
              return Error(unit, line,
                           "'when " + line.kind + "' takes " +
                               (want == 2 ? "self or partner and a pattern"
                                          : "one name"));
            }
            cond.name = line.args.back().text;
            if (line.kind == "intent") {
              cond.kind = PlanCondition::Kind::kIntent;
              cond.intent_id = rules_->FindIntent(cond.name);
              if (cond.intent_id < 0) {
                return Error(unit, line.args[0],
                             "unknown intent '" + cond.name + "'");
              }
            } else if (line.kind == "pattern") {
              cond.kind = PlanCondition::Kind::kPattern;
              cond.person = line.args[0].text;
              if (cond.person != "self" && cond.person != "partner") {
                return Error(unit, line.args[0],
                             "expected self or partner after 'when pattern'");
              }
              if (!OneOf(cond.name, kPatterns)) {
                return Error(unit, line.args[1],
                             "unknown pattern '" + cond.name + "' (" +
                                 Listed(kPatterns) + ")");
              }
            } else {
              cond.kind = PlanCondition::Kind::kDyad;
              if (!OneOf(cond.name, kDyads)) {
                return Error(unit, line.args[0],
                             "unknown dyad '" + cond.name + "' (" +
                                 Listed(kDyads) + ")");
              }
            }
            plan.when.push_back(std::move(cond));
            return Status::OK();
          } else if constexpr (std::is_same_v<T, ast::Priority>) {
            if (has_priority)
              return Error(unit, line,
                           "plan " + plan.name + " already has a priority");
            has_priority = true;
            plan.priority = line.value;
            return Status::OK();
          } else if constexpr (std::is_same_v<T, ast::TextItem>) {
            (line.keyword == "reflect" ? plan.reflect : plan.ask)
                .push_back(line.text);
            return Status::OK();
          } else {  // ast::Query
            return CompileQuery(
                unit, line,
                line.keyword == "explain" ? &plan.explain : &plan.advise);
          }
        },
        item.get());
    if (!s.ok()) return s;
  }
  // The fallback plan is chosen by the engine when no other plan applies.
  if (plan.when.empty() && plan.name != "fallback") {
    return Error(unit, node.name,
                 "plan " + plan.name + " needs at least one 'when' line");
  }
  rules_->plans_.push_back(std::move(plan));
  return Status::OK();
}

}  // namespace attune
