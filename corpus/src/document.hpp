// Stage: corpus (documents). Parses one corpus Markdown file; use
// attune::corpus::Reader or `attune corpus build` instead of calling this
// directly.
#ifndef ATTUNE_CORPUS_DOCUMENT_HPP_
#define ATTUNE_CORPUS_DOCUMENT_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "attune/status.hpp"

namespace attune::corpus {

// A run of text inside a section: a paragraph, or a list.
struct Block {
  enum class Kind { kParagraph, kBulletList, kNumberedList };
  Kind kind = Kind::kParagraph;
  std::string text;  // kParagraph: the paragraph, lines joined by one space
  std::vector<std::string> items;  // lists: the items, markers removed
  // kParagraph only: the source lost the list that followed the paragraph's
  // last sentence (which ends with ':'), so that sentence must never be quoted
  // alone.
  bool lost_list = false;
  int line = 0;  // first line in the file, for messages
};

struct Section {
  std::string heading;  // verbatim; the document title for text before the
                        // first heading
  int level = 2;  // 2 for "##", 3 for "###"; the untitled opening counts as 2
  std::vector<std::string> patterns;  // secure, anxious, avoidant, fearful
  std::vector<std::string> topics;    // lower-case words joined by '-'
  std::vector<Block> blocks;
  int line = 0;
};

struct Document {
  std::string id, title, subtitle, author, source;
  std::vector<Section> sections;
};

// Parses a corpus document (format in corpus/README.md). `name` is how the file
// is named in messages ("FILE:LINE: what is wrong").
Status ParseDocument(std::string_view name, std::string_view text,
                     Document* out);

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_DOCUMENT_HPP_
