#pragma once
// JSON encoding of a document version's events and links, for the document_versions archive.
#include <string>
#include <vector>

#include "core/event.hpp"
#include "core/link.hpp"

namespace causeline::store {

std::string encode_events(const std::vector<Event>& events);
std::vector<Event> decode_events(const std::string& json);
std::string encode_links(const std::vector<Link>& links);
std::vector<Link> decode_links(const std::string& json);

}  // namespace causeline::store
