#pragma once
// Document: one imported article (or curated file), identified by id, with its text and metadata.
#include <string>

#include "core/time_value.hpp"

namespace causeline {

struct Document {
  std::string id;      // file stem, JSON Lines "id", or feed item id
  std::string source;  // path or URL it came from
  std::string title;
  std::string lang;          // ISO 639-1 code ("it"), "" when unknown
  TimeValue published;       // publication date (document creation time); !ok() when unknown
  std::string content_hash;  // hex SHA-256 of text, used to detect unchanged re-imports
  std::string text;  // the article text; every offset in the model indexes these UTF-8 bytes
};

}  // namespace causeline
