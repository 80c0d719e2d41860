// Stage: build-time data. The default corpus image and rule files compiled into
// the library; use attune::Engine::Open with default Options instead of calling
// these directly.
#ifndef ATTUNE_EMBEDDED_EMBEDDED_HPP_
#define ATTUNE_EMBEDDED_EMBEDDED_HPP_

#include <span>
#include <string_view>

namespace attune::embedded {

struct EmbeddedFile {
  std::string_view name;  // file name without directory, e.g. "patterns.rules"
  std::string_view text;
};

// The SQLite database image of the default corpus, built from corpus/docs at
// build time.
std::span<const unsigned char> CorpusImage();

// The default rules compiled at build time (RuleSet::WriteImage), or empty.
std::span<const unsigned char> RulesImage();

// The default rule files from rules/, in file-name order.
std::span<const EmbeddedFile> RulesFiles();

}  // namespace attune::embedded

#endif  // ATTUNE_EMBEDDED_EMBEDDED_HPP_
