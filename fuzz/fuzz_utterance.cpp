// libFuzzer target for the utterance parser: Normalize + Parse on arbitrary
// bytes, checking the invariants callers rely on (valid offsets, clause and
// sentence ranges).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/normalize.hpp"
#include "text/stemmer.hpp"
#include "utterance/parse.hpp"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const attune::text::Rewrites rewrites{{"husbnd", "husband"},
                                        {"bf", "boy friend"}};
  attune::text::Normalize(raw, rewrites);
  attune::text::Stemmer stemmer;
  const attune::utterance::Utterance u =
      attune::utterance::Parse(raw, rewrites, stemmer);
  for (const auto& t : u.tokens) {
    Check(t.begin <= t.end && t.end <= u.normalized.size());
    Check(u.normalized.compare(t.begin, t.end - t.begin, t.word) == 0);
  }
  uint32_t next = 0;
  for (const auto& c : u.clauses) {
    Check(c.first >= next && c.first < c.last && c.last <= u.tokens.size());
    Check(c.sentence >= 0 &&
          static_cast<size_t>(c.sentence) < u.sentences.size());
    next = c.last;
  }
  uint32_t next_clause = 0;
  for (const auto& s : u.sentences) {
    Check(s.first_clause == next_clause && s.first_clause < s.last_clause);
    next_clause = s.last_clause;
  }
  Check(next_clause == u.clauses.size());
  return 0;
}
