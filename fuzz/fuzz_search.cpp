// libFuzzer target for search queries: any bytes as a plain query (never an
// error) and as FTS5 syntax (a parse error is fine, a crash is not), over the
// embedded corpus.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // One connection for the whole run: opening it is not what is being fuzzed.
  static std::unique_ptr<attune::corpus::Reader> reader = [] {
    std::unique_ptr<attune::corpus::Reader> r;
    if (!attune::corpus::Reader::OpenEmbedded(&r).ok()) std::abort();
    return r;
  }();
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  attune::SearchOptions options;
  options.limit = 5;
  attune::SearchResult result;
  if (!reader->Search(query, options, &result).ok()) std::abort();
  (void)result.ToJson();
  options.fts_syntax = true;
  attune::Status status = reader->Search(query, options, &result);
  if (!status.ok() && status.code() != attune::Status::Code::kParseError)
    std::abort();
  return 0;
}
