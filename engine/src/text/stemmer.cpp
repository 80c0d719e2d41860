// Stage text: the Snowball English stemmer behind text::Stemmer.
#include "text/stemmer.hpp"

#include <libstemmer.h>

#include <utility>

namespace attune::text {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", nullptr)) {}

Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

Stemmer::Stemmer(Stemmer&& other) noexcept
    : stemmer_(std::exchange(other.stemmer_, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  std::swap(stemmer_, other.stemmer_);
  return *this;
}

std::string Stemmer::Stem(std::string_view lower_word) {
  // sb_stemmer_new only fails when out of memory; a moved-from Stemmer also has
  // none.
  if (stemmer_ == nullptr || lower_word.empty()) return std::string(lower_word);
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
      static_cast<int>(lower_word.size()));
  if (stem == nullptr) return std::string(lower_word);
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace attune::text
