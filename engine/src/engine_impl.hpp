// Stage: public API plumbing. What an Engine holds; use attune::Engine instead.
#ifndef ATTUNE_ENGINE_IMPL_HPP_
#define ATTUNE_ENGINE_IMPL_HPP_

#include <memory>
#include <mutex>

#include "attune/attune.hpp"
#include "reader.hpp"
#include "ruleset.hpp"

namespace attune {

struct Engine::Impl {
  Options options;
  std::shared_ptr<const RuleSet> rules;

  // A new read-only connection to the configured corpus.
  Status OpenReader(std::unique_ptr<corpus::Reader>* out) const;

  // The connection Open made to check the corpus, kept for the first session
  // (opening one reads the schema again: a tenth of a process's start).
  mutable std::mutex spare_mutex;
  mutable std::unique_ptr<corpus::Reader> spare_reader;
};

}  // namespace attune

#endif  // ATTUNE_ENGINE_IMPL_HPP_
