// Stage: infer. Turns the intents of one turn into evidence about attachment
// patterns; use attune::Session::Respond instead.
#ifndef ATTUNE_INFER_HPP_
#define ATTUNE_INFER_HPP_

#include <vector>

#include "attune/attune.hpp"
#include "match.hpp"
#include "ruleset.hpp"

namespace attune {

// The evidence the rule set's `evidence` rules draw from one turn's intents.
// Crisis intents give none: abuse is never explained away as an attachment
// style.
std::vector<Evidence> CollectEvidence(const RuleSet& rules,
                                      const std::vector<IntentHit>& hits,
                                      int turn);

}  // namespace attune

#endif  // ATTUNE_INFER_HPP_
