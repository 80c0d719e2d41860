// Stage text (normalisation); use attune::Session / utterance::Parse instead of
// calling this directly.
#ifndef ATTUNE_TEXT_STEMMER_HPP_
#define ATTUNE_TEXT_STEMMER_HPP_

#include <string>
#include <string_view>

struct sb_stemmer;

namespace attune::text {

// The Snowball English stemmer (libstemmer): "pulls", "pulled", "pulling" ->
// "pull".
//
// Thread safety: not thread-safe (libstemmer keeps its work buffer in the
// stemmer object). Use one Stemmer per Session or per thread. Not copyable;
// movable.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  Stemmer(Stemmer&& other) noexcept;
  Stemmer& operator=(Stemmer&& other) noexcept;

  // REQUIRES: lower_word is one lower-case word (as produced by Normalize).
  // Returns the word itself if it is empty or not stemmable (numbers, emoji,
  // punctuation).
  std::string Stem(std::string_view lower_word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace attune::text

#endif  // ATTUNE_TEXT_STEMMER_HPP_
