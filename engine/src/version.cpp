#include "attune/attune.hpp"

namespace attune {

const char* Version() { return ATTUNE_VERSION; }

}  // namespace attune
