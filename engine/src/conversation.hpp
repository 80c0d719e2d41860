// Stage: session state. Everything one conversation remembers between turns,
// and its JSON form; use attune::Session instead.
#ifndef ATTUNE_CONVERSATION_HPP_
#define ATTUNE_CONVERSATION_HPP_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "attune/status.hpp"
#include "profile.hpp"
#include "safety.hpp"

namespace attune {

struct QuotedPassage {
  std::string doc, section;
  int ordinal = 0;
  bool operator==(const QuotedPassage&) const = default;
};

struct Conversation {
  // Saved sessions carry this version; a state from another version is refused.
  static constexpr int kFormatVersion = 1;
  static constexpr size_t kMaxRemembered =
      400;  // bounds what a long conversation keeps

  int turn = 0;
  Profile profile;
  std::vector<QuotedPassage> quoted;  // never quoted twice while others remain
  std::string last_plan;              // the respond plan of the last reply
  std::string last_ask;  // attune's last question, for yes/no answers
  std::vector<std::string> recent_asks;  // questions asked lately, newest last
  std::map<std::string, int>
      rotation;               // per text list: which alternative comes next
  std::string last_fallback;  // never the same fallback twice in a row
  std::map<std::string, std::string>
      slots;  // what the person told us: partner word, feeling…
  std::vector<std::string> topic_words;  // recent content words, newest last
  SafetyState safety;
  bool disclaimer_shown = false;

  bool WasQuoted(const QuotedPassage& p) const;
  void RememberTopicWords(const std::vector<std::string>& words);
  bool AskedRecently(const std::string& ask) const;
  void RememberAsk(const std::string& ask);

  std::string ToJson() const;
  // Refuses a corrupt, foreign or future-version state; leaves *out untouched
  // then.
  static Status FromJson(std::string_view json, Conversation* out);
};

}  // namespace attune

#endif  // ATTUNE_CONVERSATION_HPP_
