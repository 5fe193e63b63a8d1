#pragma once
// Turns dated segments and segment links into Events and Links: stable ids, triggers, evidence
// spans, participants, modality and language-neutral titles.
#include "importers/extract/analysis.hpp"
#include "importers/extract/extractor.hpp"

namespace causeline::extract {

/// Stable event ids are this prefix, the document id made safe ([a-z0-9-]) and a '-', followed
/// by the trigger's byte offset; the prefix is made once per document.
std::string event_id_prefix(const std::string& doc_id);

/// One event per segment that carries a date or takes part in a causal link; links between them.
Extraction build_events(const DocAnalysis& da, const std::vector<ProtoLink>& links,
                        const PhraseSet<ParticipantEntry>& participants);

}  // namespace causeline::extract
