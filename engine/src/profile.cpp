#include "profile.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace attune {

const char* PatternName(Pattern pattern) {
  switch (pattern) {
    case Pattern::kSecure:
      return "secure";
    case Pattern::kAnxious:
      return "anxious";
    case Pattern::kAvoidant:
      return "avoidant";
    case Pattern::kFearful:
      return "fearful";
  }
  return "secure";
}

std::optional<Pattern> PatternFromName(std::string_view name) {
  for (Pattern p : kAllPatterns) {
    if (name == PatternName(p)) return p;
  }
  return std::nullopt;
}

double GetScore(const PatternScores& scores, Pattern pattern) {
  switch (pattern) {
    case Pattern::kSecure:
      return scores.secure;
    case Pattern::kAnxious:
      return scores.anxious;
    case Pattern::kAvoidant:
      return scores.avoidant;
    case Pattern::kFearful:
      return scores.fearful;
  }
  return 0;
}

void Profile::Add(Evidence evidence) {
  evidence_.push_back(std::move(evidence));
}

double Profile::Score(std::string_view person, std::string_view pattern,
                      int turn) const {
  double keep = 1.0;  // probability that no piece of evidence holds
  for (const Evidence& e : evidence_) {
    if (e.person != person || e.pattern != pattern || e.turn > turn) continue;
    double weight =
        std::clamp(e.weight, 0.0, 1.0) * std::pow(kDecayPerTurn, turn - e.turn);
    keep *= 1.0 - weight;
  }
  return 1.0 - keep;
}

PatternScores Profile::Scores(std::string_view person, int turn) const {
  PatternScores s;
  s.secure = Score(person, "secure", turn);
  s.anxious = Score(person, "anxious", turn);
  s.avoidant = Score(person, "avoidant", turn);
  s.fearful = Score(person, "fearful", turn);
  return s;
}

double Profile::DyadScore(std::string_view dyad, int turn) const {
  return Score("dyad", dyad, turn);
}

std::vector<std::string> Profile::Dyads(int turn) const {
  std::set<std::string> names;
  for (const Evidence& e : evidence_) {
    if (e.person == "dyad") names.insert(e.pattern);
  }
  std::vector<std::string> out;
  for (const std::string& name : names) {
    if (DyadScore(name, turn) >= kTopThreshold) out.push_back(name);
  }
  std::sort(out.begin(), out.end(),
            [&](const std::string& a, const std::string& b) {
              return DyadScore(a, turn) > DyadScore(b, turn);
            });
  return out;
}

std::optional<std::string> Profile::Top(std::string_view person,
                                        int turn) const {
  PatternScores scores = Scores(person, turn);
  Pattern best = Pattern::kSecure;
  double best_score = -1, second = -1;
  for (Pattern p : kAllPatterns) {
    double s = GetScore(scores, p);
    if (s > best_score) {
      second = best_score;
      best_score = s;
      best = p;
    } else if (s > second) {
      second = s;
    }
  }
  if (best_score < kTopThreshold || best_score - second < kTopMargin)
    return std::nullopt;
  return PatternName(best);
}

}  // namespace attune
