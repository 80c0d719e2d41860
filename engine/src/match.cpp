// Stage: match. Walks the concept trie from every word, then derives negation,
// actors and the intents whose conditions hold (rules/README.md is the
// reference for every rule here).
#include "match.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace attune {
namespace {

using utterance::QuestionKind;
using utterance::TokenKind;

constexpr int kContextGap =
    4;  // most words between a context marker and its concept

struct MarkerMatch {
  ContextMarker marker;
  uint32_t first, last;
  int sentence;
};

// An actor word found in a clause, for AssignActors.
struct ActorCandidate {
  const ConceptMatch* match;
  Actor actor;
  bool weak;  // an object pronoun (~actor_weak)
};

class Matcher {
 public:
  Matcher(const RuleSet& rules, Analysis* analysis, MatchStats* stats)
      : rules_(rules), a_(*analysis), stats_(stats) {}

  void Run() {
    Index();
    FindConcepts();
    MarkNegations();
    AssignActors();
    FindIntents();
  }

 private:
  void Index();
  void FindConcepts();
  void MarkNegations();
  bool IsWeakActor(const ConceptMatch& m) const;
  bool RaisedNegationInto(int clause) const;
  bool NewSubjectBetween(const ConceptMatch& neg, const ConceptMatch& m) const;
  static std::optional<Actor> ChooseActor(
      const std::vector<ActorCandidate>& candidates, bool opens_sentence);
  void AssignActors();
  void FindIntents();
  bool Evaluate(const IntentRule& intent, const ConceptMatch& anchor,
                IntentHit* hit) const;
  // The clauses an intent looks at: those its anchor match spans (a phrase may
  // run across a clause split), or the whole sentence.
  struct Scope {
    int first_clause, last_clause, sentence;
    bool whole_sentence;
  };
  bool InScope(const Scope& scope, const ConceptMatch& m) const {
    if (scope.whole_sentence) return SentenceOf(m) == scope.sentence;
    return m.clause <= scope.last_clause &&
           LastClauseOf(m) >= scope.first_clause;
  }
  int LastClauseOf(const ConceptMatch& m) const {
    return token_clause_[m.last - 1];
  }
  bool HasHolds(const HasCondition& has, const ConceptMatch& anchor,
                const Scope& scope, uint32_t* end) const;
  bool HasHoldsAnywhere(const HasCondition& has, const Scope& scope,
                        bool affirmed_only) const;
  bool ChainFrom(const HasCondition& has, size_t k,
                 const ConceptMatch& previous, const Scope& scope,
                 uint32_t* end) const;
  const ConceptMatch* FirstIn(int concept_id, const Scope& scope) const;
  bool ContextHolds(const ContextCondition& context, int sentence) const;
  bool QuestionHolds(QuestionForm form, QuestionKind kind) const;
  const std::vector<int>& MatchesOf(int concept_id) const;
  int SentenceOf(const ConceptMatch& m) const {
    return a_.utterance.clauses[m.clause].sentence;
  }
  int Gap(uint32_t end, uint32_t begin) const {
    return word_prefix_[begin] - word_prefix_[end];
  }
  std::string Words(uint32_t first, uint32_t last) const;

  const RuleSet& rules_;
  Analysis& a_;
  MatchStats* stats_;
  std::vector<int> token_clause_;
  std::vector<int> word_prefix_;  // word tokens before each token index
  std::unordered_map<int, std::vector<int>> by_concept_;
  std::vector<MarkerMatch> markers_;
  std::vector<int> no_matches_;
  std::set<std::pair<uint32_t, uint32_t>> weak_spans_;  // ~actor_weak matches
};

void Matcher::Index() {
  const utterance::Utterance& u = a_.utterance;
  token_clause_.assign(u.tokens.size(), 0);
  for (size_t c = 0; c < u.clauses.size(); ++c) {
    for (uint32_t t = u.clauses[c].first;
         t < u.clauses[c].last && t < u.tokens.size(); ++t) {
      token_clause_[t] = static_cast<int>(c);
    }
  }
  word_prefix_.assign(u.tokens.size() + 1, 0);
  for (size_t t = 0; t < u.tokens.size(); ++t) {
    const bool word = u.tokens[t].kind == TokenKind::kWord ||
                      u.tokens[t].kind == TokenKind::kNumber;
    word_prefix_[t + 1] = word_prefix_[t] + (word ? 1 : 0);
  }
}

// Phrases never cross a sentence; within one they see only words and numbers,
// so an emoji or a quote between two words does not break a phrase.
void Matcher::FindConcepts() {
  const utterance::Utterance& u = a_.utterance;
  uint64_t steps = 0;
  std::set<std::tuple<uint32_t, uint32_t, int>> seen;
  for (size_t s = 0; s < u.sentences.size(); ++s) {
    const utterance::Sentence& sentence = u.sentences[s];
    if (sentence.first_clause >= sentence.last_clause) continue;
    const uint32_t begin = u.clauses[sentence.first_clause].first;
    const uint32_t end = std::min<uint32_t>(
        u.clauses[sentence.last_clause - 1].last, u.tokens.size());
    std::vector<std::string_view> stems;
    std::vector<uint32_t> token_of;
    for (uint32_t t = begin; t < end; ++t) {
      if (word_prefix_[t + 1] == word_prefix_[t]) continue;
      stems.push_back(u.tokens[t].stem);
      token_of.push_back(t);
    }
    // Right to left, so that the concepts a phrase refers to are known for
    // every later position; at one position, passes repeat until nothing new
    // is found (a concept may start with another concept).
    const std::vector<uint32_t> concept_stems =
        rules_.concept_trie().StemIds(stems);
    const std::vector<uint32_t> marker_stems =
        rules_.marker_trie().StemIds(stems);
    StemTrie::Spans spans(stems.size() + 1);
    for (size_t i = stems.size(); i-- > 0;) {
      for (bool grew = true; grew;) {
        grew = false;
        rules_.concept_trie().Walk(
            concept_stems, i, &spans,
            [&](size_t stop, std::span<const int> values) {
              const uint32_t first = token_of[i], last = token_of[stop - 1] + 1;
              for (int id : values) {
                if (!seen.emplace(first, last, id).second) continue;
                spans[i].emplace_back(id, stop);
                grew = true;
                a_.concepts.push_back(
                    {id, first, last, token_clause_[first], false});
              }
            },
            &steps);
      }
      rules_.marker_trie().Walk(
          marker_stems, i, nullptr,
          [&](size_t stop, std::span<const int> values) {
            for (int marker : values) {
              markers_.push_back({static_cast<ContextMarker>(marker),
                                  token_of[i], token_of[stop - 1] + 1,
                                  static_cast<int>(s)});
            }
          },
          &steps);
    }
  }
  if (stats_) stats_->trie_steps += steps;
  std::sort(a_.concepts.begin(), a_.concepts.end(),
            [](const ConceptMatch& x, const ConceptMatch& y) {
              return std::tie(x.first, y.last, x.concept_id) <
                     std::tie(y.first, x.last, y.concept_id);
            });
  for (size_t i = 0; i < a_.concepts.size(); ++i) {
    by_concept_[a_.concepts[i].concept_id].push_back(static_cast<int>(i));
  }
  for (int w : MatchesOf(rules_.reserved().actor_weak)) {
    weak_spans_.emplace(a_.concepts[w].first, a_.concepts[w].last);
  }
}

// A match is negated when a ~negation match ends before it in its clause; a
// negation inside the match itself ("do not want to live") does not count. A
// match after a ~past_habit match ("I used to") in its clause is past.
void Matcher::MarkNegations() {
  const ReservedConcepts& r = rules_.reserved();
  for (ConceptMatch& m : a_.concepts) {
    if (m.concept_id == r.negation || m.concept_id == r.past_habit) continue;
    for (int p : MatchesOf(r.past_habit)) {
      const ConceptMatch& habit = a_.concepts[p];
      if (habit.clause == m.clause && habit.last <= m.first) m.past = true;
    }
    for (int n : MatchesOf(r.negation)) {
      const ConceptMatch& neg = a_.concepts[n];
      if (neg.clause == m.clause && neg.last <= m.first &&
          !NewSubjectBetween(neg, m)) {
        m.negated = true;
        break;
      }
    }
    if (!m.negated && RaisedNegationInto(m.clause)) m.negated = true;
  }
}

// "I do not think | he loves me": a clause that opens with its own subject
// right after a negated ~neg_raise verb ends the clause before is negated.
bool Matcher::RaisedNegationInto(int clause) const {
  const auto& clauses = a_.utterance.clauses;
  if (clause == 0 || clauses[clause].joiner != utterance::Joiner::kSubject ||
      clauses[clause - 1].sentence != clauses[clause].sentence)
    return false;
  const ReservedConcepts& r = rules_.reserved();
  for (int k : MatchesOf(r.neg_raise)) {
    const ConceptMatch& verb = a_.concepts[k];
    if (verb.clause != clause - 1 || verb.last != clauses[clause - 1].last)
      continue;
    for (int n : MatchesOf(r.negation)) {
      const ConceptMatch& neg = a_.concepts[n];
      if (neg.clause == verb.clause && neg.last == verb.first) return true;
    }
  }
  return false;
}

// A negation reaches as far as the next subject of another person: in "if he
// does not call my day is ruined" the ruined day is not negated, while in "I
// do not feel like I need him" the need is. After a ~neg_raise verb ("I do
// not think he loves me") it reaches past any subject.
bool Matcher::NewSubjectBetween(const ConceptMatch& neg,
                                const ConceptMatch& m) const {
  const ReservedConcepts& r = rules_.reserved();
  for (int k : MatchesOf(r.neg_raise)) {
    if (a_.concepts[k].first == neg.last) return false;
  }
  const int kinds[] = {r.actor_self, r.actor_partner, r.actor_both};
  int negating = -1;  // whose negation it is: the last subject before it
  uint32_t negating_at = 0;
  for (int id : kinds) {
    for (int k : MatchesOf(id)) {
      const ConceptMatch& actor = a_.concepts[k];
      if (actor.clause == neg.clause && actor.last <= neg.first &&
          !IsWeakActor(actor) && (negating < 0 || actor.first >= negating_at)) {
        negating = id;
        negating_at = actor.first;
      }
    }
  }
  for (int id : kinds) {
    if (id == negating) continue;
    for (int k : MatchesOf(id)) {
      const ConceptMatch& actor = a_.concepts[k];
      if (actor.first >= neg.last && actor.last <= m.first &&
          !IsWeakActor(actor))
        return true;
    }
  }
  return false;
}

// The longest actor match that starts earliest in the clause; otherwise the
// actor of the clause before in the same sentence; `self` at the start of a
// sentence, since people leave themselves out ("so needy today", "feeling
// abandoned again") far more often than anyone else. Two kinds of words give
// way: a third party ("my friends") to a person of the couple named after it
// ("my friends say he is distant"), and an object pronoun (~actor_weak: "him",
// "her") to any subject in the clause, or, with none, to the clause before
// ("I wonder if it was enough to make her stay" is about the speaker).
void Matcher::AssignActors() {
  const ReservedConcepts& r = rules_.reserved();
  const std::pair<int, Actor> kinds[] = {{r.actor_self, Actor::kSelf},
                                         {r.actor_partner, Actor::kPartner},
                                         {r.actor_both, Actor::kBoth},
                                         {r.actor_other, Actor::kOther}};
  const size_t clauses = a_.utterance.clauses.size();
  std::vector<std::vector<ActorCandidate>> in_clause(clauses);
  for (const auto& [id, kind] : kinds) {
    for (int i : MatchesOf(id)) {
      const ConceptMatch& m = a_.concepts[i];
      in_clause[m.clause].push_back({&m, kind, IsWeakActor(m)});
    }
  }
  a_.clause_actors.assign(clauses, Actor::kSelf);
  for (size_t c = 0; c < clauses; ++c) {
    const bool opens_sentence =
        c == 0 || a_.utterance.clauses[c - 1].sentence !=
                      a_.utterance.clauses[c].sentence;
    std::optional<Actor> chosen = ChooseActor(in_clause[c], opens_sentence);
    if (chosen) {
      a_.clause_actors[c] = *chosen;
    } else if (!opens_sentence) {
      a_.clause_actors[c] = a_.clause_actors[c - 1];
    }
  }
}

bool Matcher::IsWeakActor(const ConceptMatch& m) const {
  return weak_spans_.count({m.first, m.last}) > 0;
}

std::optional<Actor> Matcher::ChooseActor(
    const std::vector<ActorCandidate>& candidates, bool opens_sentence) {
  auto earliest = [&](auto accept) -> const ActorCandidate* {
    const ActorCandidate* best = nullptr;
    for (const ActorCandidate& k : candidates) {
      if (!accept(k)) continue;
      if (!best || k.match->first < best->match->first ||
          (k.match->first == best->match->first &&
           k.match->last > best->match->last))
        best = &k;
    }
    return best;
  };
  const ActorCandidate* first =
      earliest([](const ActorCandidate&) { return true; });
  if (!first) return std::nullopt;
  if (first->actor == Actor::kOther) {
    const ActorCandidate* couple = earliest([&](const ActorCandidate& k) {
      return k.actor != Actor::kOther && k.match->first >= first->match->last;
    });
    return couple ? couple->actor : Actor::kOther;
  }
  if (!first->weak) return first->actor;
  const ActorCandidate* subject = earliest([](const ActorCandidate& k) {
    return !k.weak && k.actor != Actor::kOther;
  });
  if (subject) return subject->actor;
  if (!opens_sentence) return std::nullopt;
  return first->actor;
}

const std::vector<int>& Matcher::MatchesOf(int concept_id) const {
  auto it = by_concept_.find(concept_id);
  return it == by_concept_.end() ? no_matches_ : it->second;
}

std::string Matcher::Words(uint32_t first, uint32_t last) const {
  const auto& tokens = a_.utterance.tokens;
  if (first >= last || last > tokens.size()) return "";
  return a_.utterance.normalized.substr(
      tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

// Only intents anchored at a concept that matched are looked at, so the work
// follows the matches in the text, not the number of intents.
void Matcher::FindIntents() {
  std::set<int> candidates;
  for (const auto& entry : by_concept_) {
    const std::vector<int>& anchored = rules_.IntentsAnchoredAt(entry.first);
    candidates.insert(anchored.begin(), anchored.end());
  }
  for (int id : candidates) {
    const IntentRule& intent = rules_.intents()[id];
    std::unordered_set<int> fired_clauses;
    for (int i : MatchesOf(intent.has.front().concepts.front())) {
      const ConceptMatch& anchor = a_.concepts[i];
      if (fired_clauses.count(anchor.clause)) continue;
      IntentHit hit;
      if (!Evaluate(intent, anchor, &hit)) continue;
      hit.intent_id = id;
      fired_clauses.insert(anchor.clause);
      a_.intents.push_back(std::move(hit));
    }
  }
}

bool Matcher::ChainFrom(const HasCondition& has, size_t k,
                        const ConceptMatch& previous, const Scope& scope,
                        uint32_t* end) const {
  if (k == has.concepts.size()) {
    *end = previous.last;
    return true;
  }
  for (int i : MatchesOf(has.concepts[k])) {
    const ConceptMatch& next = a_.concepts[i];
    if (next.first < previous.last || !InScope(scope, next)) continue;
    if (Gap(previous.last, next.first) > has.gaps[k - 1])
      break;  // matches are sorted by first
    if (ChainFrom(has, k + 1, next, scope, end)) return true;
  }
  return false;
}

// Whether `has` holds with `anchor` as the match of its first concept; *end is
// where the match of the whole condition ends.
bool Matcher::HasHolds(const HasCondition& has, const ConceptMatch& anchor,
                       const Scope& scope, uint32_t* end) const {
  *end = anchor.last;
  switch (has.kind) {
    case HasCondition::Kind::kSingle:
      return true;
    case HasCondition::Kind::kOrdered:
      return ChainFrom(has, 1, anchor, scope, end);
    case HasCondition::Kind::kAllOf:
      for (size_t k = 1; k < has.concepts.size(); ++k) {
        if (!FirstIn(has.concepts[k], scope)) return false;
      }
      return true;
  }
  return false;
}

// With `affirmed_only`, a negated match does not count: in "he needs space
// and it does not feel like rejection" there is no rejection.
bool Matcher::HasHoldsAnywhere(const HasCondition& has, const Scope& scope,
                               bool affirmed_only) const {
  uint32_t end;
  for (int i : MatchesOf(has.concepts.front())) {
    const ConceptMatch& m = a_.concepts[i];
    if (affirmed_only && m.negated) continue;
    if (InScope(scope, m) && HasHolds(has, m, scope, &end)) return true;
  }
  return false;
}

const ConceptMatch* Matcher::FirstIn(int concept_id, const Scope& scope) const {
  for (int i : MatchesOf(concept_id)) {
    if (InScope(scope, a_.concepts[i])) return &a_.concepts[i];
  }
  return nullptr;
}

bool Matcher::ContextHolds(const ContextCondition& context,
                           int sentence) const {
  for (const MarkerMatch& marker : markers_) {
    if (marker.marker != context.marker || marker.sentence != sentence)
      continue;
    for (int i : MatchesOf(context.concept_id)) {
      const ConceptMatch& m = a_.concepts[i];
      if (SentenceOf(m) == sentence && m.first >= marker.last &&
          Gap(marker.last, m.first) <= kContextGap) {
        return true;
      }
    }
  }
  return false;
}

bool Matcher::QuestionHolds(QuestionForm form, QuestionKind kind) const {
  switch (form) {
    case QuestionForm::kAnyForm:
      return true;
    case QuestionForm::kStatement:
      return kind == QuestionKind::kNone;
    case QuestionForm::kAnyQuestion:
      return kind != QuestionKind::kNone;
    case QuestionForm::kWhat:
      return kind == QuestionKind::kWhat;
    case QuestionForm::kWhy:
      return kind == QuestionKind::kWhy;
    case QuestionForm::kHow:
      return kind == QuestionKind::kHow;
    case QuestionForm::kWhich:
      return kind == QuestionKind::kWhich;
    case QuestionForm::kYesNo:
      return kind == QuestionKind::kYesNo;
  }
  return false;
}

bool Matcher::Evaluate(const IntentRule& intent, const ConceptMatch& anchor,
                       IntentHit* hit) const {
  const Scope scope{anchor.clause, LastClauseOf(anchor), SentenceOf(anchor),
                    intent.sentence_scope};
  const Actor actor = a_.clause_actors[anchor.clause];
  uint32_t end;
  if (!HasHolds(intent.has.front(), anchor, scope, &end)) return false;
  if (intent.polarity == Polarity::kAffirmed && anchor.negated) return false;
  // A past habit is no evidence of now, but a past of self-harm or violence
  // still calls for safety.
  if (anchor.past && intent.crisis.empty()) return false;
  if (intent.polarity == Polarity::kNegated && !anchor.negated) return false;
  if (intent.actor != Actor::kNone && intent.actor != actor) return false;
  if (!QuestionHolds(intent.question,
                     a_.utterance.sentences[scope.sentence].question))
    return false;
  for (size_t k = 1; k < intent.has.size(); ++k) {
    // Safety intents take a negated part as it comes ("he does not stop").
    if (!HasHoldsAnywhere(
            intent.has[k], scope,
            intent.polarity == Polarity::kAffirmed && intent.crisis.empty()))
      return false;
  }
  for (int lacked : intent.lacks) {
    if (FirstIn(lacked, scope)) return false;
  }
  for (const ContextCondition& context : intent.contexts) {
    if (!ContextHolds(context, scope.sentence)) return false;
  }
  hit->name = intent.name;
  hit->actor = actor;
  hit->negated = anchor.negated;
  hit->clause = anchor.clause;
  hit->words = Words(anchor.first, end);
  hit->crisis = intent.crisis;
  const Scope sentence{anchor.clause, anchor.clause, scope.sentence, true};
  for (const SlotSpec& slot : intent.slots) {
    const ConceptMatch* m = FirstIn(slot.concept_id, scope);
    if (!m) m = FirstIn(slot.concept_id, sentence);
    if (m) hit->slots[slot.name] = Words(m->first, m->last);
  }
  return true;
}

}  // namespace

Analysis MatchUtterance(const RuleSet& rules, utterance::Utterance utterance,
                        MatchStats* stats) {
  Analysis analysis;
  analysis.utterance = std::move(utterance);
  Matcher(rules, &analysis, stats).Run();
  return analysis;
}

Analysis Match(const RuleSet& rules, std::string_view text,
               text::Stemmer& stemmer) {
  return MatchUtterance(rules,
                        utterance::Parse(text, rules.rewrites(), stemmer));
}

}  // namespace attune
