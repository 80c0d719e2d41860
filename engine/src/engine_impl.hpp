// Stage: public API plumbing. What an Engine holds; use attune::Engine instead.
#ifndef ATTUNE_ENGINE_IMPL_HPP_
#define ATTUNE_ENGINE_IMPL_HPP_

#include <memory>

#include "attune/attune.hpp"
#include "reader.hpp"
#include "ruleset.hpp"

namespace attune {

struct Engine::Impl {
  Options options;
  std::shared_ptr<const RuleSet> rules;

  // A new read-only connection to the configured corpus.
  Status OpenReader(std::unique_ptr<corpus::Reader>* out) const;
};

}  // namespace attune

#endif  // ATTUNE_ENGINE_IMPL_HPP_
