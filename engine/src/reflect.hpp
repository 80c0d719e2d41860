// Stage: reply. Mirrors a person's own words back to them; use
// attune::Session::Respond instead.
#ifndef ATTUNE_REFLECT_HPP_
#define ATTUNE_REFLECT_HPP_

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace attune {

// Swaps first and second person in normalised (lower-case, contraction-free)
// text, so the person hears their words from attune's side: "i am scared my
// husband" → "you are scared your husband".
std::string SwapPerson(std::string_view normalized);

// Fills "{slot}" placeholders from `slots` (values person-swapped). Returns
// none when the template names a slot that is missing, so the caller can try
// another template.
std::optional<std::string> FillTemplate(
    std::string_view templ, const std::map<std::string, std::string>& slots);

// Upper-cases the first letter (ASCII) of a sentence.
std::string Capitalize(std::string text);

}  // namespace attune

#endif  // ATTUNE_REFLECT_HPP_
