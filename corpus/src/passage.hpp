// Stage: corpus (passages). Splits a parsed section into the passages that are
// indexed and quoted; use attune::corpus::Reader instead.
#ifndef ATTUNE_CORPUS_PASSAGE_HPP_
#define ATTUNE_CORPUS_PASSAGE_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"

namespace attune::corpus {

// The sentences of one paragraph, verbatim, without surrounding spaces. A
// boundary is a '.',
// '!' or '?' (then any closing quotes or brackets) followed by a space and an
// upper-case letter, a digit or an opening quote; never inside a quotation,
// never after an abbreviation
// ("e.g.", "vs.", initials such as "A.R.E."). A one-word fragment joins the
// sentence before.
std::vector<std::string> SplitSentences(std::string_view paragraph);

struct PassageText {
  std::string text;
  // false for a lead-in quoted alone: a sentence whose list the source lost, or
  // a paragraph that is one sentence ending in ':' (it introduces the
  // paragraphs or sections after it).
  bool quotable = true;
};

// The passages of a section, in order: one to three sentences of one paragraph
// (long paragraphs are cut into balanced runs); a bullet list with the sentence
// that introduces it; each item of a numbered list on its own. List items are
// written "- item", one per line.
std::vector<PassageText> SplitPassages(const Section& section);

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_PASSAGE_HPP_
