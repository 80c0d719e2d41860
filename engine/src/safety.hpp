// Stage: safety. Crisis, abuse, harm and minor checks that run before any other
// rule; use attune::Session::Respond instead.
#ifndef ATTUNE_SAFETY_HPP_
#define ATTUNE_SAFETY_HPP_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attune {

// The kinds, most urgent first: when one turn says several things, the reply
// leads with the most urgent and still names the others' resources.
inline constexpr const char* kCrisisKinds[] = {
    "suicide", "self_harm", "harm_to_others", "abuse", "minor"};
bool IsCrisisKind(std::string_view kind);

// The most urgent of the kinds found in one turn, or none.
std::optional<std::string> MostUrgent(const std::vector<std::string>& kinds);

// How the conversation stands on safety across turns.
struct SafetyState {
  std::string mode;    // empty, or the kind the conversation is in
  bool minor = false;  // once a person says they are under 18, it holds for the
                       // conversation
  int turns_in_mode = 0;  // how many turns the current mode has lasted
};

// The safety reply for a kind: names what was heard, says plainly this is
// beyond what attune can help with, and gives the resources. `first` chooses
// the full reply over the shorter reminder used while the conversation stays in
// that mode.
std::string SafetyReply(std::string_view kind, bool first);

// The reply when a minor raises sexual or intimacy topics.
std::string MinorReply(bool first);

}  // namespace attune

#endif  // ATTUNE_SAFETY_HPP_
