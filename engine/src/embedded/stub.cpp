// Empty embedded data for the build-time corpus generator, which runs before the real data exists.
#include "embedded/embedded.hpp"

namespace attune::embedded {

std::span<const unsigned char> CorpusImage() { return {}; }
std::span<const EmbeddedFile> RulesFiles() { return {}; }

}  // namespace attune::embedded
