// Stage text (normalisation); use utterance::Parse (which calls this) instead.
#ifndef ATTUNE_TEXT_NORMALIZE_HPP_
#define ATTUNE_TEXT_NORMALIZE_HPP_

#include <string>
#include <string_view>
#include <unordered_map>

namespace attune::text {

// word -> replacement words (from the rules' `rewrite` statements). Keys are
// single normalised words ("husbnd"); values are one or more words ("husband").
// Rewrites are applied before the built-in texting table, so the rules can
// override it.
using Rewrites = std::unordered_map<std::string, std::string>;

// Turns what a person typed into the text the grammar parses:
//  - decodes UTF-8 (each invalid byte becomes U+FFFD), drops control
//  characters, NUL,
//    bidi marks, zero-width characters and ANSI/OSC escape sequences;
//  - lower-cases (ASCII, Latin-1 Supplement, Latin Extended-A, Greek,
//  Cyrillic), folds
//    full-width ASCII, straightens curly quotes, apostrophes and dashes, "…" ->
//    "...";
//  - collapses runs of spaces, keeps one newline between lines, trims;
//  - expands contractions (don't -> do not, he's -> he is), drops the
//  possessive 's
//    (husband's -> husband), expands texting forms (u -> you, idk -> i do not
//    know), shortens stretched letters (soooo -> so, feeeel -> feel), applies
//    `rewrites`;
//  - puts spaces between emoji and the words they touch.
// Always returns valid UTF-8. Linear in the size of raw; never fails.
std::string Normalize(std::string_view raw, const Rewrites& rewrites);

}  // namespace attune::text

#endif  // ATTUNE_TEXT_NORMALIZE_HPP_
