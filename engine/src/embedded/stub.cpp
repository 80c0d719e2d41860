// Empty embedded data for the build-time generators (corpus and rules), which
// run before the real data exists.
#include "embedded/embedded.hpp"

namespace attune::embedded {

std::span<const unsigned char> CorpusImage() { return {}; }
std::span<const unsigned char> RulesImage() { return {}; }
std::span<const EmbeddedFile> RulesFiles() { return {}; }

}  // namespace attune::embedded
