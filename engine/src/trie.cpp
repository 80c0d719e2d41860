// Stage: ruleset. The stem trie behind concept matching.
#include "trie.hpp"

#include <algorithm>

namespace attune {

StemTrie::StemTrie() : nodes_(1) {}

std::string StemTrie::ConceptKey(int id) { return "\x01" + std::to_string(id); }

void StemTrie::Insert(const std::vector<std::string>& stems, int value) {
  int node = 0;
  for (const std::string& stem : stems) {
    int next = -1;
    if (!stem.empty() && stem[0] == '\x01') {
      const int id = std::stoi(stem.substr(1));
      for (const auto& [concept_id, child] : nodes_[node].concepts) {
        if (concept_id == id) next = child;
      }
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_[node].concepts.emplace_back(id, next);
        nodes_.emplace_back();
      }
    } else if (stem.empty()) {
      next = nodes_[node].wildcard;
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_[node].wildcard = next;
        nodes_.emplace_back();
      }
    } else {
      auto it = nodes_[node].children.find(stem);
      if (it == nodes_[node].children.end()) {
        next = static_cast<int>(nodes_.size());
        nodes_[node].children.emplace(stem, next);
        nodes_.emplace_back();
      } else {
        next = it->second;
      }
    }
    node = next;
  }
  std::vector<int>& values = nodes_[node].values;
  auto at = std::lower_bound(values.begin(), values.end(), value);
  if (at == values.end() || *at != value) values.insert(at, value);
}

void StemTrie::Walk(
    const std::vector<std::string_view>& stems, size_t begin,
    const Spans* spans,
    const std::function<void(size_t, const std::vector<int>&)>& found,
    uint64_t* steps) const {
  WalkFrom(0, stems, begin, spans, found, steps);
}

void StemTrie::WalkFrom(
    int node, const std::vector<std::string_view>& stems, size_t at,
    const Spans* spans,
    const std::function<void(size_t, const std::vector<int>&)>& found,
    uint64_t* steps) const {
  ++*steps;
  const Node& n = nodes_[node];
  if (!n.values.empty() && node != 0) found(at, n.values);
  if (at == stems.size()) return;
  if (!n.children.empty()) {
    // unordered_map has no heterogeneous lookup in C++20 without a custom hash;
    // the copy is one short stem.
    auto it = n.children.find(std::string(stems[at]));
    if (it != n.children.end())
      WalkFrom(it->second, stems, at + 1, spans, found, steps);
  }
  if (n.wildcard >= 0) WalkFrom(n.wildcard, stems, at + 1, spans, found, steps);
  if (spans == nullptr || n.concepts.empty()) return;
  for (const auto& [concept_id, child] : n.concepts) {
    // By index and by value: `found` may append to (*spans)[at] while this
    // loop runs, which can move the list.
    for (size_t k = 0; k < (*spans)[at].size(); ++k) {
      const auto [matched, end] = (*spans)[at][k];
      if (matched == concept_id)
        WalkFrom(child, stems, end, spans, found, steps);
    }
  }
}

}  // namespace attune
