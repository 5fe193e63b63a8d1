#include "importers/readers/doc_id.hpp"

#include <algorithm>
#include <cctype>

#include "core/sha256.hpp"

namespace causeline::importers {

std::string slug(std::string_view s, size_t max) {
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) && c < 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
    if (out.size() >= max)
      break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool is_web_url(std::string_view s) noexcept {
  auto starts = [&](std::string_view p) {
    if (s.size() < p.size())
      return false;
    for (size_t i = 0; i < p.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(s[i])) != p[i])
        return false;
    }
    return true;
  };
  return (starts("http://") && s.size() > 7) || (starts("https://") && s.size() > 8);
}

std::string normalize_url(std::string_view url) {
  std::string u(url);
  while (!u.empty() && std::isspace(static_cast<unsigned char>(u.back()))) u.pop_back();
  size_t b = 0;
  while (b < u.size() && std::isspace(static_cast<unsigned char>(u[b]))) ++b;
  u.erase(0, b);
  if (auto hash = u.find('#'); hash != std::string::npos)
    u.erase(hash);
  size_t scheme_end = u.find("://");
  if (scheme_end == std::string::npos)
    return u;
  size_t host_end = u.find_first_of("/?", scheme_end + 3);
  if (host_end == std::string::npos)
    host_end = u.size();
  std::transform(u.begin(), u.begin() + static_cast<std::ptrdiff_t>(host_end), u.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::string host = u.substr(scheme_end + 3, host_end - scheme_end - 3);
  const std::string scheme = u.substr(0, scheme_end);
  if ((scheme == "http" && host.size() > 3 && host.ends_with(":80")) ||
      (scheme == "https" && host.size() > 4 && host.ends_with(":443"))) {
    host.erase(host.rfind(':'));
  }
  std::string rest = u.substr(host_end);
  if (rest.size() > 1 && rest.back() == '/' && rest.find('?') == std::string::npos)
    rest.pop_back();
  if (rest == "/")
    rest.clear();
  return scheme + "://" + host + rest;
}

std::string id_from_url(std::string_view url) {
  std::string n = normalize_url(url);
  size_t start = n.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  std::string_view body(n);
  body.remove_prefix(start);
  if (body.starts_with("www."))
    body.remove_prefix(4);
  std::string s = slug(body, 60);
  if (s.empty())
    s = "url";
  return s + "-" + sha256_hex(n).substr(0, 8);
}

}  // namespace causeline::importers
