// Stage: infer. The attachment profile a conversation builds up; use
// attune::Session instead.
#ifndef ATTUNE_PROFILE_HPP_
#define ATTUNE_PROFILE_HPP_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attune/attune.hpp"

namespace attune {

enum class Pattern { kSecure, kAnxious, kAvoidant, kFearful };
inline constexpr std::array<Pattern, 4> kAllPatterns = {
    Pattern::kSecure, Pattern::kAnxious, Pattern::kAvoidant, Pattern::kFearful};
const char* PatternName(Pattern pattern);
std::optional<Pattern> PatternFromName(std::string_view name);

// Evidence accumulated over a conversation. Each turn's evidence fades as the
// conversation moves on, so the profile follows what the person says now while
// remembering what they said before.
class Profile {
 public:
  // A single clear statement should be enough for a tentative answer: one piece
  // of evidence of at least this weight makes its pattern the top one.
  static constexpr double kTopThreshold = 0.25;
  // Below this lead over the runner-up, two readings are too close to call one.
  static constexpr double kTopMargin = 0.05;
  // How much a turn's evidence keeps per later turn.
  static constexpr double kDecayPerTurn = 0.85;

  void Add(Evidence evidence);  // evidence.turn must be set
  void Clear() { evidence_.clear(); }

  // Scores in [0,1] as seen at `turn`: a noisy-or of decayed weights, so
  // agreeing evidence strengthens a score without ever passing 1.
  PatternScores Scores(std::string_view person, int turn) const;
  double DyadScore(std::string_view dyad, int turn) const;
  std::vector<std::string> Dyads(
      int turn) const;  // dyads scoring at least kTopThreshold
  // The leading pattern, or none when the evidence is too weak or two patterns
  // are too close.
  std::optional<std::string> Top(std::string_view person, int turn) const;

  const std::vector<Evidence>& evidence() const { return evidence_; }

 private:
  double Score(std::string_view person, std::string_view pattern,
               int turn) const;
  std::vector<Evidence> evidence_;
};

double GetScore(const PatternScores& scores, Pattern pattern);

}  // namespace attune

#endif  // ATTUNE_PROFILE_HPP_
