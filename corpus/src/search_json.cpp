// SearchResult::ToJson, the output of `attune search --json`.
#include <cmath>
#include <nlohmann/json.hpp>

#include "attune/attune.hpp"

namespace attune {

std::string SearchResult::ToJson() const {
  // ordered_json keeps the fields in the documented order.
  nlohmann::ordered_json hits_json = nlohmann::ordered_json::array();
  for (const SearchHit& hit : hits) {
    hits_json.push_back({{"doc", hit.doc},
                         {"title", hit.title},
                         {"section", hit.section},
                         {"passage", hit.passage},
                         {"text", hit.text},
                         {"snippet", hit.snippet},
                         {"score", std::round(hit.score * 10000) / 10000}});
  }
  // Replace rather than throw on bytes that are not UTF-8: a hand-made database
  // may hold any.
  return hits_json.dump(-1, ' ', false,
                        nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace attune
