// Stage: corpus (safe queries). Turns user text into FTS5 expressions that can
// only mean "these words"; use attune::corpus::Reader::Search instead.
#ifndef ATTUNE_CORPUS_QUERY_HPP_
#define ATTUNE_CORPUS_QUERY_HPP_

#include <string>
#include <string_view>
#include <vector>

namespace attune::corpus {

// At most this many words of a query are used, each cut to kMaxWordBytes.
inline constexpr size_t kMaxQueryWords = 32;
inline constexpr size_t kMaxWordBytes = 64;

// The words of any text, lower-cased (ASCII), in order, without repeats. A word
// is a run of ASCII letters and digits, apostrophes between them, and non-ASCII
// letters; ASCII punctuation, symbols, emoji, general punctuation (curly
// quotes, dashes), and invalid UTF-8 separate words. Because nothing of FTS5's
// syntax survives, the words can be quoted and given to FTS5.
std::vector<std::string> QueryWords(std::string_view text,
                                    size_t max_words = kMaxQueryWords);

// FTS5 expressions over words from QueryWords: every word, any word, any word
// as a prefix.
std::string AllOf(const std::vector<std::string>& words);
std::string AnyOf(const std::vector<std::string>& words);
std::string AnyPrefix(const std::vector<std::string>& words);

// Levenshtein distance over bytes, giving up (returning limit + 1) once it
// exceeds limit.
int EditDistance(std::string_view a, std::string_view b, int limit);

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_QUERY_HPP_
