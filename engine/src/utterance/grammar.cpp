// Stage utterance: instantiates the X3 utterance grammar, once, for
// config.hpp's types.
#include "utterance/config.hpp"
#include "utterance/grammar_def.hpp"

namespace attune::utterance::grammar {

BOOST_SPIRIT_INSTANTIATE(text_type, iterator_type, context_type)

}  // namespace attune::utterance::grammar
