#pragma once
// Rule patterns: sequences of token elements, expanded at load time into linear sequences.
//   word        a literal word, matched after folding (case and accents ignored); "l'" is two
//   tokens <class>     a lexicon class (lexicon/<class>.tsv), captured as {class}; <class>:name
//   renames #builtin    a numeric class: #int #year #yy #month #day #hour #min #caps;
//               captured as {builtin}
//   x?          optional element;  ( a b | c )  alternatives, ( ... )? an optional group
//   [ ... ]     the mention's span; elements outside it are context that must match but is not
//   tagged !x          (leading or trailing only) the text just before / after the match must not
//   be x
// No repetition operators: every pattern matches a bounded number of tokens, so matching is linear.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "importers/timex/pack.hpp"

namespace causeline::timex {

/// Expands one pattern of rule `rule` into sequences, interning literals into pack.vocab and
/// recording capture names in slots. Errors name the offending element.
Result<std::vector<Sequence>> compile_pattern(std::string_view pattern, std::int32_t rule,
                                              Pack& pack, std::vector<std::string>& slots);

}  // namespace causeline::timex
