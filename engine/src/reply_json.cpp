// Reply::ToJson: the one JSON shape every front end and script reads.
#include <nlohmann/json.hpp>

#include "attune/attune.hpp"

namespace attune {
namespace {

using nlohmann::json;

json ScoresJson(const PatternScores& s) {
  return {{"secure", s.secure},
          {"anxious", s.anxious},
          {"avoidant", s.avoidant},
          {"fearful", s.fearful}};
}

json OptionalJson(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

}  // namespace

std::string Reply::ToJson() const {
  json j;
  j["text"] = input;
  json intents_json = json::array();
  for (const Intent& intent : intents) {
    intents_json.push_back({{"name", intent.name}, {"slots", intent.slots}});
  }
  j["intents"] = std::move(intents_json);
  j["patterns"] = {{"self", ScoresJson(self)},
                   {"partner", ScoresJson(partner)}};
  j["top"] = {{"self", OptionalJson(top_self)},
              {"partner", OptionalJson(top_partner)}};
  j["dyads"] = dyads;
  j["crisis"] = OptionalJson(crisis);
  j["reply"] = text;
  json citations_json = json::array();
  for (const Citation& c : citations) {
    citations_json.push_back({{"doc", c.doc},
                              {"title", c.title},
                              {"section", c.section},
                              {"passage", c.passage},
                              {"text", c.text}});
  }
  j["citations"] = std::move(citations_json);
  j["rules"] = rules;
  json evidence_json = json::array();
  for (const Evidence& e : evidence) {
    evidence_json.push_back({{"rule", e.rule},
                             {"person", e.person},
                             {"pattern", e.pattern},
                             {"weight", e.weight},
                             {"words", e.words},
                             {"turn", e.turn}});
  }
  j["evidence"] = std::move(evidence_json);
  j["note"] = note;
  // Replacing invalid UTF-8 keeps "exactly one valid JSON object per line" for
  // any input.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace attune
