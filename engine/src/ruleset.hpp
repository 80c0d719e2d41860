// Stage: ruleset (compile rule files → immutable RuleSet). Use
// attune::Engine::Open, which compiles the configured rules, instead of calling
// this directly.
#ifndef ATTUNE_RULESET_HPP_
#define ATTUNE_RULESET_HPP_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attune/status.hpp"
#include "dsl/source.hpp"
#include "text/normalize.hpp"
#include "trie.hpp"

namespace attune {

enum class Actor { kNone, kSelf, kPartner, kBoth, kOther };
const char* ActorName(Actor actor);  // "none" "self" "partner" "both" "other"

// ---- intents
// -------------------------------------------------------------------------------
enum class Polarity { kAffirmed, kNegated, kAny };
// kAnyForm: no condition; kStatement: not a question; kAnyQuestion: any
// question kind.
enum class QuestionForm {
  kAnyForm,
  kStatement,
  kAnyQuestion,
  kWhat,
  kWhy,
  kHow,
  kWhich,
  kYesNo
};
enum class ContextMarker { kAfter, kDuring, kBefore, kWhen };

struct HasCondition {
  enum class Kind { kSingle, kOrdered, kAllOf };
  Kind kind = Kind::kSingle;
  std::vector<int> concepts;  // concept ids, in the order written
  std::vector<int>
      gaps;  // kOrdered: gaps[i] = most words between concepts[i] and [i+1]
};
struct ContextCondition {
  ContextMarker marker = ContextMarker::kAfter;
  int concept_id = -1;
};
struct SlotSpec {
  std::string name;
  int concept_id = -1;
};
struct Sample {  // an `example` or `counter` line
  std::string text;
  dsl::Location location;
};
struct IntentRule {
  std::string name;
  dsl::Location location;
  Actor actor = Actor::kNone;  // kNone: any actor
  std::vector<HasCondition>
      has;  // never empty; has[0] decides actor and polarity
  std::vector<int> lacks;
  std::vector<ContextCondition> contexts;
  Polarity polarity = Polarity::kAffirmed;
  QuestionForm question = QuestionForm::kAnyForm;
  bool sentence_scope = false;
  std::vector<SlotSpec> slots;
  std::string
      crisis;  // empty, or suicide | self_harm | abuse | harm_to_others | minor
  std::vector<Sample> examples, counters;
};

// ---- evidence
// ------------------------------------------------------------------------------
enum class TargetWho { kSelf, kPartner, kActor, kDyad };
struct EvidenceTarget {
  TargetWho who = TargetWho::kSelf;
  std::string pattern;  // secure | anxious | avoidant | fearful; for kDyad the
                        // dyad's name
  double weight = 0;    // in (0, 1]
};
struct EvidenceRule {
  std::vector<std::string> intents;  // all must fire in the same turn
  std::vector<int> intent_ids;
  std::vector<EvidenceTarget> targets;
  dsl::Location location;
};

// ---- respond plans
// -------------------------------------------------------------------------
struct PlanCondition {
  enum class Kind { kIntent, kPattern, kDyad };
  Kind kind = Kind::kIntent;
  std::string person;  // kPattern: "self" or "partner"
  std::string name;    // the intent, pattern or dyad
  int intent_id = -1;  // kIntent
};
struct CorpusQuery {
  std::vector<std::string> tags;   // the section must carry all of them
  std::vector<std::string> terms;  // words to rank by
  std::string section;  // preferred heading (boosts, does not filter)
  bool empty() const {
    return tags.empty() && terms.empty() && section.empty();
  }
};
struct RespondPlan {
  std::string name;
  dsl::Location location;
  std::vector<PlanCondition> when;  // every condition must hold
  int priority = 50;
  std::vector<std::string> reflect;  // alternatives, with {slot} placeholders
  CorpusQuery explain, advise;       // empty() when not given
  std::vector<std::string> ask;
};

// Ids of the concepts the engine itself reads (rules/README.md, "Reserved
// concepts").
struct ReservedConcepts {
  int actor_self = -1, actor_partner = -1, actor_both = -1, actor_other = -1,
      negation = -1;
  int past_habit = -1;  // optional: -1 when the rules do not define it
  int actor_weak = -1;  // optional
  int neg_raise = -1;   // optional
};

// A compiled rule set. Immutable after Compile; shared by every session
// (std::shared_ptr<const RuleSet>); const use is safe from several threads.
class RuleSet {
 public:
  // Parses and compiles every file as one rule set (names are global across
  // files). On the first syntax or semantic error returns kParseError with
  // "FILE:LINE:COL: message", the line and a caret, and leaves *out untouched.
  static Status Compile(const std::vector<dsl::SourceFile>& files,
                        std::shared_ptr<const RuleSet>* out);

  // Compiles the *.rules files of `dir` (named "DIR/NAME" in messages), or,
  // when dir is empty, the rule files embedded in the library (named
  // "rules/NAME").
  static Status Load(const std::string& dir,
                     std::shared_ptr<const RuleSet>* out);

  // The default rules: the image compiled from rules/*.rules at build time
  // (engine/tools/rulesgen.cpp), or, in a build without one, the embedded rule
  // files compiled now. Either way the result equals Load("").
  static Status LoadEmbedded(std::shared_ptr<const RuleSet>* out);

  // A compiled rule set as bytes, and back: LoadImage(WriteImage()) gives a
  // rule set whose WriteImage() is the same bytes. Images are read by the
  // build that wrote them; a truncated, inconsistent or other-version image
  // gives kCorruption. Nothing is parsed or stemmed on load.
  std::string WriteImage() const;
  static Status LoadImage(std::span<const unsigned char> image,
                          std::shared_ptr<const RuleSet>* out);
  // As LoadImage, for an image in static storage that the build wrote and
  // checked (the embedded one): the tries point into it instead of copying and
  // checking it, which saves time and memory at every start.
  static Status LoadStaticImage(std::span<const unsigned char> image,
                                std::shared_ptr<const RuleSet>* out);
  static constexpr uint32_t kImageVersion = 3;

  // "FILE:LINE:COL: warning: ..." for concepts never used and intents that can
  // never fire or that nothing uses (see `attune rules check`). A rule set with
  // warnings is still valid.
  const std::vector<std::string>& warnings() const { return warnings_; }

  const text::Rewrites& rewrites() const { return rewrites_; }
  const std::vector<IntentRule>& intents() const { return intents_; }
  const std::vector<EvidenceRule>& evidence() const { return evidence_; }
  const std::vector<RespondPlan>& plans() const { return plans_; }
  const std::vector<std::string>& concept_names() const {
    return concept_names_;
  }  // by id
  const dsl::Location& concept_location(int id) const {
    return concept_locations_[id];
  }
  // How many stem sequences concept `id` expands to (0: it can never match).
  size_t concept_phrase_count(int id) const {
    return concept_phrase_counts_[id];
  }
  const ReservedConcepts& reserved() const { return reserved_; }

  int FindIntent(std::string_view name) const;   // -1 when unknown
  int FindConcept(std::string_view name) const;  // without '~'; -1 when unknown

  // For the matcher: every concept phrase, and the context marker phrases
  // (values are ContextMarker cast to int).
  const StemTrie& concept_trie() const { return concept_trie_; }
  const StemTrie& marker_trie() const { return marker_trie_; }
  // Intents whose first `has` starts with concept `id`.
  const std::vector<int>& IntentsAnchoredAt(int id) const;

 private:
  friend class RuleSetCompiler;
  friend class RuleSetImage;
  RuleSet() = default;
  void IndexAnchors();  // fills anchored_ from intents_

  text::Rewrites rewrites_;
  std::vector<IntentRule> intents_;
  std::vector<EvidenceRule> evidence_;
  std::vector<RespondPlan> plans_;
  std::vector<std::string> concept_names_;
  std::vector<dsl::Location> concept_locations_;
  std::vector<size_t> concept_phrase_counts_;
  std::unordered_map<std::string, int> concept_ids_, intent_ids_;
  std::unordered_map<int, std::vector<int>> anchored_;
  std::vector<int> no_intents_;
  std::vector<std::string> warnings_;
  ReservedConcepts reserved_;
  StemTrie concept_trie_, marker_trie_;
};

}  // namespace attune

#endif  // ATTUNE_RULESET_HPP_
