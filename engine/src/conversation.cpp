#include "conversation.hpp"

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace attune {
namespace {

using nlohmann::json;

json EvidenceToJson(const Evidence& e) {
  return {{"rule", e.rule},     {"person", e.person}, {"pattern", e.pattern},
          {"weight", e.weight}, {"words", e.words},   {"turn", e.turn}};
}

// nlohmann's get<int>() converts a float or a wide integer unchecked: 1e47 is
// undefined behaviour (found by fuzz_restore), and 4294967297 would read as 1.
// Every count in a saved state is a whole number from 0 to kMaxCount, small
// enough that the code adding to it later cannot overflow.
constexpr std::int64_t kMaxCount = 1'000'000'000;

int CountFromJson(const json& value) {
  if (!value.is_number_integer())
    throw std::out_of_range("a count is not a whole number");
  std::int64_t n = value.get<std::int64_t>();
  if (n < 0 || n > kMaxCount)
    throw std::out_of_range("a count is out of range");
  return static_cast<int>(n);
}

Evidence EvidenceFromJson(const json& j) {
  Evidence e;
  e.rule = j.at("rule").get<std::string>();
  e.person = j.at("person").get<std::string>();
  e.pattern = j.at("pattern").get<std::string>();
  e.weight = j.at("weight").get<double>();
  e.words = j.at("words").get<std::string>();
  e.turn = CountFromJson(j.at("turn"));
  if (!(e.weight >= 0 && e.weight <= 1))
    throw std::out_of_range("evidence out of range");
  return e;
}

}  // namespace

bool Conversation::WasQuoted(const QuotedPassage& p) const {
  return std::find(quoted.begin(), quoted.end(), p) != quoted.end();
}

void Conversation::RememberTopicWords(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    topic_words.erase(std::remove(topic_words.begin(), topic_words.end(), w),
                      topic_words.end());
    topic_words.push_back(w);
  }
  constexpr size_t kKeep = 24;
  if (topic_words.size() > kKeep) {
    topic_words.erase(topic_words.begin(), topic_words.end() - kKeep);
  }
}

bool Conversation::AskedRecently(const std::string& ask) const {
  return std::find(recent_asks.begin(), recent_asks.end(), ask) !=
         recent_asks.end();
}

void Conversation::RememberAsk(const std::string& ask) {
  recent_asks.push_back(ask);
  constexpr size_t kKeep =
      6;  // about the questions a person still remembers being asked
  if (recent_asks.size() > kKeep) recent_asks.erase(recent_asks.begin());
}

std::string Conversation::ToJson() const {
  json j;
  j["format"] = "attune-session";
  j["version"] = kFormatVersion;
  j["turn"] = turn;
  json evidence = json::array();
  for (const Evidence& e : profile.evidence())
    evidence.push_back(EvidenceToJson(e));
  j["evidence"] = std::move(evidence);
  json passages = json::array();
  for (const QuotedPassage& p : quoted)
    passages.push_back({p.doc, p.section, p.ordinal});
  j["quoted"] = std::move(passages);
  j["last_plan"] = last_plan;
  j["last_ask"] = last_ask;
  j["recent_asks"] = recent_asks;
  j["rotation"] = rotation;
  j["last_fallback"] = last_fallback;
  j["slots"] = slots;
  j["topic_words"] = topic_words;
  j["safety"] = {{"mode", safety.mode},
                 {"minor", safety.minor},
                 {"turns_in_mode", safety.turns_in_mode}};
  j["disclaimer_shown"] = disclaimer_shown;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status Conversation::FromJson(std::string_view text, Conversation* out) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Status::Corruption("not a saved attune session (invalid JSON)");
  }
  // Not j.value("format", ""): it throws when "format" holds something other
  // than a string (fuzz_restore found a second "format" key holding an array).
  auto format = j.find("format");
  if (format == j.end() || !format->is_string() ||
      format->get<std::string>() != "attune-session") {
    return Status::Corruption(
        "not a saved attune session (no \"format\": \"attune-session\")");
  }
  if (!j.contains("version") || !j["version"].is_number_integer() ||
      j["version"].get<std::int64_t>() != kFormatVersion) {
    return Status::Corruption(
        "saved session has format version " +
        (j.contains("version") ? j["version"].dump() : "none") +
        "; this attune reads version " + std::to_string(kFormatVersion));
  }
  try {
    Conversation c;
    c.turn = CountFromJson(j.at("turn"));
    for (const json& e : j.at("evidence")) c.profile.Add(EvidenceFromJson(e));
    for (const json& p : j.at("quoted")) {
      c.quoted.push_back({p.at(0).get<std::string>(),
                          p.at(1).get<std::string>(), CountFromJson(p.at(2))});
    }
    c.last_plan = j.at("last_plan").get<std::string>();
    c.last_ask = j.at("last_ask").get<std::string>();
    c.recent_asks = j.at("recent_asks").get<std::vector<std::string>>();
    const json& rotation = j.at("rotation");
    if (!rotation.is_object()) throw std::out_of_range("rotation is no map");
    for (auto it = rotation.begin(); it != rotation.end(); ++it)
      c.rotation[it.key()] = CountFromJson(it.value());
    c.last_fallback = j.at("last_fallback").get<std::string>();
    c.slots = j.at("slots").get<std::map<std::string, std::string>>();
    c.topic_words = j.at("topic_words").get<std::vector<std::string>>();
    const json& s = j.at("safety");
    c.safety.mode = s.at("mode").get<std::string>();
    c.safety.minor = s.at("minor").get<bool>();
    c.safety.turns_in_mode = CountFromJson(s.at("turns_in_mode"));
    if (!c.safety.mode.empty() && !IsCrisisKind(c.safety.mode)) {
      throw std::out_of_range("unknown safety mode");
    }
    c.disclaimer_shown = j.at("disclaimer_shown").get<bool>();
    if (c.quoted.size() > kMaxRemembered ||
        c.profile.evidence().size() > 100 * kMaxRemembered) {
      throw std::out_of_range("state too large");
    }
    *out = std::move(c);
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("saved session is damaged: ") +
                              e.what());
  }
  return Status::OK();
}

}  // namespace attune
