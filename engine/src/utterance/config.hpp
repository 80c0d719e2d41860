// Stage utterance (X3 grammar configuration); use utterance::Parse (parse.hpp)
// instead.
#ifndef ATTUNE_UTTERANCE_CONFIG_HPP_
#define ATTUNE_UTTERANCE_CONFIG_HPP_

#include <boost/spirit/home/x3.hpp>

namespace attune::utterance::grammar {

namespace x3 = boost::spirit::x3;

// The grammar reads normalised text in memory, with no skipper: spacing is part
// of it.
using iterator_type = const char*;
using context_type = x3::unused_type;

}  // namespace attune::utterance::grammar

#endif  // ATTUNE_UTTERANCE_CONFIG_HPP_
