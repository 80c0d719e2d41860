// libFuzzer target for a whole turn: any bytes through Session::Respond must
// give one valid reply (the engine behind every front end).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "attune/attune.hpp"
#include "fuzz_session.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::unique_ptr<attune::Session> session = NewFuzzSession();
  attune::Reply reply;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!session->Respond(text, &reply).ok()) std::abort();
  if (reply.ToJson().empty()) std::abort();
  return 0;
}
