// Stage: public API plumbing. What a Session holds; use attune::Session
// instead.
#ifndef ATTUNE_SESSION_IMPL_HPP_
#define ATTUNE_SESSION_IMPL_HPP_

#include <memory>

#include "attune/attune.hpp"
#include "conversation.hpp"
#include "engine_impl.hpp"
#include "text/stemmer.hpp"

namespace attune {

struct Session::Impl {
  const Engine::Impl* engine = nullptr;
  std::unique_ptr<corpus::Reader> reader;
  text::Stemmer stemmer;
  Conversation conversation;
  Reply last_reply;
};

}  // namespace attune

#endif  // ATTUNE_SESSION_IMPL_HPP_
