// A fresh session on the embedded defaults, for the fuzz targets that drive a
// whole session; the engine is opened once per fuzzing process.
#ifndef ATTUNE_FUZZ_FUZZ_SESSION_HPP_
#define ATTUNE_FUZZ_FUZZ_SESSION_HPP_

#include <cstdlib>
#include <memory>

#include "attune/attune.hpp"

inline std::unique_ptr<attune::Session> NewFuzzSession() {
  static std::unique_ptr<attune::Engine> engine = [] {
    std::unique_ptr<attune::Engine> e;
    if (!attune::Engine::Open(attune::Options{}, &e).ok()) std::abort();
    return e;
  }();
  std::unique_ptr<attune::Session> session;
  if (!engine->NewSession(&session).ok()) std::abort();
  return session;
}

#endif  // ATTUNE_FUZZ_FUZZ_SESSION_HPP_
