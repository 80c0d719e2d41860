// The public Engine: opens the corpus and compiles the rules once, then serves sessions.
#include "attune/attune.hpp"

namespace attune {

struct Engine::Impl {
  Options options;
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Status Engine::Open(const Options& options, std::unique_ptr<Engine>* engine) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  engine->reset(new Engine(std::move(impl)));
  return Status::OK();
}

}  // namespace attune
