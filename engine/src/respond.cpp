#include "respond.hpp"

#include <algorithm>
#include <sstream>

#include "compose.hpp"
#include "infer.hpp"
#include "match.hpp"
#include "plan_choice.hpp"
#include "reflect.hpp"
#include "safety.hpp"

namespace attune {
namespace {

constexpr const char* kDisclaimer =
    "(A note: I'm a guide built on a few articles about attachment and "
    "intimacy, not a "
    "therapist.)";

// Cuts at a UTF-8 character boundary so the kept part stays valid text.
std::string CutInput(std::string_view input, std::string* note) {
  if (input.size() <= kMaxTurnBytes) return std::string(input);
  size_t cut = kMaxTurnBytes;
  while (cut > 0 && (static_cast<unsigned char>(input[cut]) & 0xC0) == 0x80)
    --cut;
  *note = "Your message was longer than " +
          std::to_string(kMaxTurnBytes / 1024) +
          " KiB; I read only the first part.";
  return std::string(input.substr(0, cut));
}

void RecordIntents(const Analysis& analysis, Reply* reply, TurnFacts* facts) {
  for (const IntentHit& hit : analysis.intents) {
    if (!facts->fired.insert(hit.name).second) continue;
    reply->intents.push_back({hit.name, hit.slots});
    reply->rules.push_back(hit.name);
  }
}

void FillProfile(const Conversation& c, Reply* reply) {
  reply->self = c.profile.Scores("self", c.turn);
  reply->partner = c.profile.Scores("partner", c.turn);
  reply->top_self = c.profile.Top("self", c.turn);
  reply->top_partner = c.profile.Top("partner", c.turn);
  reply->dyads = c.profile.Dyads(c.turn);
}

// Whether the person has clearly moved on from what put the conversation in a
// safety mode: a new statement about the relationship or a question about the
// corpus, not a "thanks" or "why?".
bool MovesOn(const RuleSet& rules, const TurnFacts& facts,
             const std::vector<Evidence>& evidence) {
  if (!evidence.empty()) return true;
  for (const std::string& name : facts.fired) {
    int id = rules.FindIntent(name);
    if (id < 0 || IsFollowupIntent(name)) continue;
    QuestionForm form = rules.intents()[id].question;
    if (form != QuestionForm::kAnyForm && form != QuestionForm::kStatement)
      return true;
  }
  return false;
}

// Returns true when safety answers this turn instead of the rules.
bool HandleSafety(const RuleSet& rules, const Analysis& analysis,
                  const TurnFacts& facts, const std::vector<Evidence>& evidence,
                  Conversation& c, Reply* reply) {
  std::vector<std::string> kinds;
  for (const IntentHit& hit : analysis.intents) {
    if (!hit.crisis.empty()) kinds.push_back(hit.crisis);
  }
  bool says_minor =
      std::find(kinds.begin(), kinds.end(), "minor") != kinds.end();
  kinds.erase(std::remove(kinds.begin(), kinds.end(), "minor"), kinds.end());
  bool was_minor = c.safety.minor;
  c.safety.minor = c.safety.minor || says_minor;
  if (auto urgent = MostUrgent(kinds)) {
    bool first = c.safety.mode != *urgent;
    c.safety.turns_in_mode = first ? 1 : c.safety.turns_in_mode + 1;
    c.safety.mode = *urgent;
    reply->text = SafetyReply(*urgent, first);
    reply->crisis = *urgent;
  } else if (says_minor) {
    reply->text = MinorReply(!was_minor);
    reply->crisis = "minor";
  } else if (!c.safety.mode.empty() && !MovesOn(rules, facts, evidence)) {
    ++c.safety.turns_in_mode;
    reply->text = SafetyReply(c.safety.mode, false);
    reply->crisis = c.safety.mode;
  } else {
    c.safety.mode.clear();
    c.safety.turns_in_mode = 0;
    return false;
  }
  c.disclaimer_shown =
      true;  // every safety reply already says what attune is not
  c.last_plan.clear();
  reply->rules.push_back("safety " + *reply->crisis);
  return true;
}

// The person's words that the reply can mirror: the clauses where intents
// fired, or the first sentence, kept short.
std::string Said(const Analysis& analysis) {
  const auto& u = analysis.utterance;
  if (u.clauses.empty()) return "";
  uint32_t first = u.clauses.front().first, last = u.clauses.front().last;
  if (!analysis.intents.empty()) {
    const auto& clause = u.clauses[analysis.intents.front().clause];
    first = clause.first;
    last = clause.last;
  }
  std::string out;
  for (uint32_t i = first; i < last && i < first + 16; ++i) {
    if (u.tokens[i].kind != utterance::TokenKind::kWord) continue;
    if (!out.empty()) out += ' ';
    out += u.tokens[i].word;
  }
  return out;
}

// Content words of this turn's slots: passages that share them fit the
// conversation better.
std::vector<std::string> SlotWords(const std::vector<IntentHit>& hits) {
  static constexpr std::string_view kSkip[] = {"my",  "his", "her", "their",
                                               "the", "a",   "an",  "to",
                                               "and", "of",  "i",   "me"};
  std::vector<std::string> words;
  for (const IntentHit& hit : hits) {
    for (const auto& [name, value] : hit.slots) {
      std::istringstream in(value);
      for (std::string w; in >> w;) {
        if (std::find(std::begin(kSkip), std::end(kSkip), w) ==
            std::end(kSkip)) {
          words.push_back(w);
        }
      }
    }
  }
  return words;
}

}  // namespace

Reply RespondTurn(const TurnResources& res, Conversation& c,
                  std::string_view input) {
  Reply reply;
  reply.input = CutInput(input, &reply.note);
  ++c.turn;
  Analysis analysis = Match(res.rules, reply.input, res.stemmer);
  TurnFacts facts;
  facts.analysis = &analysis;
  facts.turn = c.turn;
  RecordIntents(analysis, &reply, &facts);
  std::vector<Evidence> evidence =
      CollectEvidence(res.rules, analysis.intents, c.turn);

  if (!HandleSafety(res.rules, analysis, facts, evidence, c, &reply)) {
    for (const Evidence& e : evidence) c.profile.Add(e);
    reply.evidence = evidence;
    facts.new_evidence = evidence;
    ComposeInput in;
    in.rules = &res.rules;
    for (const IntentHit& hit : analysis.intents) {
      for (const auto& [name, value] : hit.slots) {
        in.slots.emplace(name,
                         value);  // the first clause that filled a slot wins
      }
    }
    for (const auto& [name, value] : c.slots) in.slots.emplace(name, value);
    for (const auto& [name, value] : in.slots) c.slots[name] = value;
    in.said = Said(analysis);
    c.RememberTopicWords(SlotWords(analysis.intents));
    in.terms = c.topic_words;
    PlanChoice choice = ChoosePlan(res.rules, c, facts);
    in.choice = &choice;
    if (c.safety.minor && choice.plan &&
        !(choice.plan->explain.empty() && choice.plan->advise.empty())) {
      reply.text = MinorReply(false);
      reply.crisis = "minor";
    } else {
      Compose(in, res.reader, c, &reply);
    }
  }
  FillProfile(c, &reply);
  if (!c.disclaimer_shown) {
    reply.text += (reply.text.empty() ? "" : "\n\n") + std::string(kDisclaimer);
    c.disclaimer_shown = true;
  }
  return reply;
}

}  // namespace attune
