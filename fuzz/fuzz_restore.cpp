// libFuzzer target for session restore: any bytes as a saved state must be
// refused cleanly or restored into a session that still answers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "attune/attune.hpp"
#include "fuzz_session.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::unique_ptr<attune::Session> session = NewFuzzSession();
  std::string before;
  session->Save(&before);
  const std::string_view state(reinterpret_cast<const char*>(data), size);
  if (session->Restore(state).ok()) {
    attune::Reply reply;
    if (!session->Respond("tell me more", &reply).ok()) std::abort();
  } else {
    std::string after;
    session->Save(&after);
    if (after != before)
      std::abort();  // a refused state leaves the session as it was
  }
  return 0;
}
