// Stage text: the texting-forms table; use text::Normalize instead.
#ifndef ATTUNE_TEXT_TEXTING_HPP_
#define ATTUNE_TEXT_TEXTING_HPP_

#include <string>
#include <string_view>

namespace attune::text {

// The words a texting form stands for ("idk" -> "i do not know"), or empty if
// `word` is not one. Domain words and typos are not here: they come from the
// rules (`rewrite`).
std::string_view TextingExpansion(std::string_view word);

// True if `word` has a run of three or more of the same ASCII letter ("soooo").
bool IsStretched(std::string_view word);

// Shortens every run of three or more equal letters: to two if that gives a
// word that is spelt with a double letter ("feeeel" -> "feel", "sleeeeping" ->
// "sleeping"), else to one ("soooo" -> "so", "pleeease" -> "please").
std::string Unstretch(std::string_view word);

}  // namespace attune::text

#endif  // ATTUNE_TEXT_TEXTING_HPP_
